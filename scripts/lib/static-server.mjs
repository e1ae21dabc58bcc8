// A static file server for a built site, on 127.0.0.1 and a free port, gzipping text like a real host.
// Applies the site's `_headers` file when it has one (its Content-Security-Policy, above all).
// Used by the browser tests, the benchmarks and the Lighthouse script.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const types = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  pagefind: 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Returns the built file a site path resolves to (`/a/` reads `a/index.html`), or undefined.
 * @param {string} path
 * @param {string} dir
 * @returns {string | undefined}
 */
export function fileFor(path, dir) {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
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
  const headersPath = join(dir, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((request, response) => (before ? before(request, response, () => void serveFile(request, response)) : void serveFile(request, response)));
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  async function serveFile(request, response) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(path, dir);
    const body = await readFile(file ?? join(dir, '404.html'));
    const extension = (file ?? '.html').split('.').pop() ?? '';
    const type = types[/** @type {keyof typeof types} */ (extension)] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(file ? 200 : 404, { ...headersFor(rules, path), 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const sent = gzip ? gzipSync(body) : body;
    response.end(sent);
    onSent?.(path, sent.length);
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
