import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { deletionRefusal } from './media/guard';
import { foreignRequestRefusal, isLocalRequest } from './local-request';
import { checkDraft, readPublishRequest, refusalMessage } from './validation/draft';
import { draftDiffs, readDraftRequest, type DraftRequest } from './draft-diffs';
import { oversizedEntryRefusal } from './entry-size';

/** Decap-server's API path: it answers POST requests there and nowhere else. */
const decapApiPath = '/api/v1';

export interface ForwardOptions {
  /**
   * The Git repository decap-server serves. When set, « Publier » (`publishUnpublishedEntry`) is forwarded
   * only if the draft branch's changed content files pass the validator; otherwise it is refused with
   * the validator's messages, which Decap shows.
   */
  repoDir?: string | undefined;
}

/** Answers as decap-server does on failure (`{ error }`), the shape Decap's proxy backend reads. */
function refuse(response: ServerResponse, status: number, error: string) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ error }));
}

/**
 * Whether a request asks decap-server to delete files: it would commit the deletion straight on the
 * published branch, outside review (media library, same-name upload). The browser refuses it too (cms/media/).
 */
function isFileDeletion(body: string): boolean {
  try {
    const { action } = JSON.parse(body) as { action?: unknown };
    return action === 'deleteFile' || action === 'deleteFiles';
  } catch {
    return false;
  }
}

/** Returns the publish refusal for a request body, or undefined when it may go on to decap-server. */
function publishRefusal(body: string, repoDir: string): string | undefined {
  const publish = readPublishRequest(body);
  if (!publish) return undefined;
  try {
    const problems = checkDraft(repoDir, publish);
    return problems.length > 0 ? refusalMessage(problems) : undefined;
  } catch (error) {
    // Refuse rather than publish unchecked: a draft that cannot be read cannot be vouched for.
    return `publication refusée, le brouillon n’a pas pu être vérifié (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/**
 * Passes decap-server's answer to an `unpublishedEntry` request on, with its `diffs` measured from the commit
 * the draft started from (cms/draft-diffs.ts): Decap then opens the draft's own file, however old the draft.
 */
function rewriteDraftAnswer(answer: IncomingMessage, response: ServerResponse, repoDir: string, draft: DraftRequest) {
  const chunks: Buffer[] = [];
  answer.on('data', (chunk: Buffer) => chunks.push(chunk));
  answer.on('end', () => {
    let text = Buffer.concat(chunks).toString('utf8');
    if (answer.statusCode === 200) {
      try {
        const entry = JSON.parse(text) as Record<string, unknown>;
        text = JSON.stringify({ ...entry, diffs: draftDiffs(repoDir, draft) });
      } catch (error) {
        return refuse(response, 500, `brouillon illisible : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    const headers = { ...answer.headers };
    delete headers['content-length'];
    delete headers.etag;
    response.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': Buffer.byteLength(text) });
    response.end(text);
  });
}

/**
 * Returns a dev-server middleware that forwards requests for `path` to decap-server on 127.0.0.1:`port`,
 * so the CMS reaches its local backend on its own origin (no CORS, any dev-server port). Only requests
 * addressed to this computer pass (cms/local-request.ts), whatever server it is mounted on: Vite's own host
 * check is off with https or `allowedHosts: true`, and checks no Origin.
 */
export function forwardToDecapServer(path: string, port: number, options: ForwardOptions = {}) {
  return (incoming: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (incoming.url?.split('?')[0] !== path) return next();
    const { host, origin } = incoming.headers;
    if (!isLocalRequest({ host, origin, method: incoming.method }, incoming.socket.localPort ?? 0)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(foreignRequestRefusal);
      incoming.resume();
      return;
    }
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = body.toString('utf8');
      if (isFileDeletion(text)) return refuse(response, 403, deletionRefusal);
      const refusal = oversizedEntryRefusal(text) ?? (options.repoDir ? publishRefusal(text, options.repoDir) : undefined);
      if (refusal) return refuse(response, 422, refusal);
      const draft = options.repoDir ? readDraftRequest(text) : undefined;
      // One connection per request (agent: false): a kept-alive socket that decap-server closes between two
      // requests would fail the second one.
      const upstream = request({ host: '127.0.0.1', port, path: decapApiPath, method: incoming.method, headers: incoming.headers, agent: false }, (answer) => {
        if (draft && options.repoDir) return rewriteDraftAnswer(answer, response, options.repoDir, draft);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', () => {
        response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`decap-server ne répond pas sur le port ${port} : lancez « npm run cms » pour modifier le contenu en local.`);
      });
      upstream.end(body);
    });
  };
}
