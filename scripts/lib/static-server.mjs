// A static file server for a built site, on 127.0.0.1 and a free port, gzipping text like a real host.
// sirv finds the files: it lists the folder when the server starts and answers only those paths, so no
// request escapes it (and a file written later is not served);
// this module adds the site's `_headers` (its Content-Security-Policy, above all), the 404 page and gzip.
// Used by the browser tests, the benchmarks and the Lighthouse script.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const textual = /^(text\/|application\/(json|xml|javascript))/;

/**
 * Returns the built file a site path resolves to (`/a/` reads `a/index.html`), or undefined,
 * also for a path that is malformed or leads outside `dir` once decoded (`/..%2F..%2Fetc/passwd`).
 * @param {string} path
 * @param {string} dir
 * @returns {string | undefined}
 */
export function fileFor(path, dir) {
  const root = resolve(dir);
  let clean;
  try {
    clean = decodeURIComponent(path.split(/[?#]/)[0] || '/');
  } catch {
    return undefined;
  }
  if (clean.includes('\0')) return undefined;
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html')];
  return candidates.find((file) => isInside(root, file) && existsSync(file) && statSync(file).isFile());
}

/** Returns whether `file` is `root` itself or below it. */
function isInside(root, file) {
  const path = relative(root, file);
  return !isAbsolute(path) && path.split(sep)[0] !== '..';
}

/** Returns the Content-Type to send: sirv's, with a charset for text, and one for the types it does not know. */
function contentType(type, path) {
  if (!type) return path.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
  return textual.test(type) && !/charset/i.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Holds what sirv writes to `response`, then sends it: gzipped when it is text and the client accepts gzip.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {(bytes: number) => void} onSent
 */
function buffered(request, response, onSent) {
  const writeHead = response.writeHead.bind(response);
  const end = response.end.bind(response);
  const chunks = [];
  let head = [];
  response.writeHead = (status, headers) => ((head = [status, headers]), response);
  response.write = (chunk) => (chunks.push(Buffer.from(chunk)), true);
  response.end = (chunk) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    const [status = response.statusCode, headers = {}] = head;
    const type = contentType(String(headers['Content-Type'] ?? response.getHeader('Content-Type') ?? ''), request.url?.split('?')[0] ?? '');
    const whole = status === 200 || status === 404;
    const gzip = whole && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = gzip ? gzipSync(Buffer.concat(chunks)) : Buffer.concat(chunks);
    writeHead(status, {
      ...headers,
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' } : {}),
    });
    end(body);
    onSent(body.length);
    return response;
  };
}

/**
 * Serves `dir` with the headers its `_headers` file sets; unknown paths get the site's 404 page with status 404.
 * @param {string} dir
 * @param {(path: string, bytes: number) => void} [onSent] called with the bytes sent for each response
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => void} [before]
 *   a middleware that may answer first (the CMS test forwards the local API to decap-server)
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveSite(dir, onSent, before) {
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFoundPath = join(root, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Page introuvable\n');
  const files = sirv(root, {
    dotfiles: false,
    setHeaders: (response, path) => {
      for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
    },
    onNoMatch: (request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      response.writeHead(404, { ...headersFor(rules, path), 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    },
  });
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  const serveFile = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    buffered(request, response, (bytes) => onSent?.(path, bytes));
    files(request, response);
  };
  const server = createServer((request, response) => (before ? before(request, response, () => serveFile(request, response)) : serveFile(request, response)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
