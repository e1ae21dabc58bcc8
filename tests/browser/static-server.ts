import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fileFor } from '../build/site';

const types: Record<string, string> = {
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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 and a free port, gzipping text like a real host; unknown paths get the site's 404 page. */
export async function serveSite(dir: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(path, dir);
    const status = file ? 200 : 404;
    const body = await readFile(file ?? fileFor('/404.html', dir)!);
    const extension = (file ?? '.html').split('.').pop()!;
    const type = types[extension] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
