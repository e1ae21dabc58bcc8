import { request, type IncomingMessage, type ServerResponse } from 'node:http';

/** Decap-server's API path: it answers POST requests there and nowhere else. */
const decapApiPath = '/api/v1';

/**
 * Returns a dev-server middleware that forwards requests for `path` to decap-server on 127.0.0.1:`port`,
 * so the CMS reaches its local backend on its own origin (no CORS, any dev-server port).
 */
export function forwardToDecapServer(path: string, port: number) {
  return (incoming: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (incoming.url?.split('?')[0] !== path) return next();
    // One connection per request (agent: false): a kept-alive socket that decap-server closes between two
    // requests would fail the second one.
    const upstream = request({ host: '127.0.0.1', port, path: decapApiPath, method: incoming.method, headers: incoming.headers, agent: false }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => {
      response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`decap-server ne répond pas sur le port ${port} : lancez « npm run cms » pour modifier le contenu en local.`);
    });
    incoming.pipe(upstream);
  };
}
