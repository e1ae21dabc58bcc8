import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileFor, serveSite } from '../../scripts/lib/static-server.mjs';

// <work>/public/site is served; secret.txt sits one and two levels above it, and in a folder beside it.
const work = mkdtempSync(join(tmpdir(), 'carrefour-static-'));
const site = join(work, 'public', 'site');
const secret = 'MOT DE PASSE SECRET';
function write(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
write(join(work, 'secret.txt'), secret);
write(join(work, 'public', 'secret.txt'), secret);
write(join(work, 'public', 'site-secret', 'secret.txt'), secret);
write(join(site, 'index.html'), '<h1>Accueil</h1>');
write(join(site, 'pratiques', 'a', 'index.html'), '<h1>Fiche A</h1>');
write(join(site, 'fichier.txt'), 'un fichier');
write(join(site, '404.html'), '<h1>Page introuvable</h1>');
write(join(site, '_headers'), '/*\n  X-Regle: site\n/pratiques/*\n  X-Regle: pratiques\n');

const escapes = [
  '/..%2Fsecret.txt',
  '/..%2F..%2Fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/../secret.txt',
  '/pratiques/../../secret.txt',
  '/..%2Fsite-secret%2Fsecret.txt',
  '/..%252Fsecret.txt',
  '/%252e%252e%252fsecret.txt',
  '/..%5csecret.txt',
  '/%E0%A4%A',
];

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fileFor', () => {
  test.each(escapes)('refuses %s', (path) => {
    expect(fileFor(path, site)).toBeUndefined();
  });
  test('finds a file, a folder’s index.html, and nothing for an unknown path', () => {
    expect(fileFor('/fichier.txt', site)).toBe(join(site, 'fichier.txt'));
    expect(fileFor('/pratiques/a/', site)).toBe(join(site, 'pratiques', 'a', 'index.html'));
    expect(fileFor('/pratiques/a', site)).toBe(join(site, 'pratiques', 'a', 'index.html'));
    expect(fileFor('/pratiques/a/?q=x#haut', site)).toBe(join(site, 'pratiques', 'a', 'index.html'));
    expect(fileFor('/pratiques/b/', site)).toBeUndefined();
  });
});

describe('serveSite', () => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  const sent: [string, number][] = [];
  beforeAll(async () => {
    server = await serveSite(site, (path, bytes) => sent.push([path, bytes]));
  });
  afterAll(() => server?.close());

  /** Sends the path exactly as written (fetch would resolve `..` and `%2e` first). */
  function get(path: string, headers: Record<string, string> = {}) {
    const { port } = new URL(server.url);
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      const ask = request({ host: '127.0.0.1', port, path, headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => done({ status: answer.statusCode!, headers: answer.headers, body: Buffer.concat(chunks) }));
      });
      ask.on('error', fail);
      ask.end();
    });
  }

  test.each(escapes)('answers %s with the 404 page, never the file outside the site', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toContain('Page introuvable');
    expect(answer.body.toString()).not.toContain(secret);
  });

  test('serves a file and a folder’s index.html, with the _headers rules that match', async () => {
    const file = await get('/fichier.txt');
    expect([file.status, file.body.toString(), file.headers['x-regle']]).toEqual([200, 'un fichier', 'site']);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    const page = await get('/pratiques/a/?q=x');
    expect([page.status, page.body.toString(), page.headers['x-regle']]).toEqual([200, '<h1>Fiche A</h1>', 'pratiques']);
    expect(page.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
    expect((await get('/')).body.toString()).toBe('<h1>Accueil</h1>');
  });

  test('gzips text for a client that accepts it, and reports the bytes sent', async () => {
    sent.length = 0;
    const answer = await get('/pratiques/a/', { 'Accept-Encoding': 'gzip, br' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString()).toBe('<h1>Fiche A</h1>');
    expect(sent).toEqual([['/pratiques/a/', answer.body.length]]);
  });

  test('lets a middleware answer first', async () => {
    const other = await serveSite(site, undefined, (request, response, next) => (request.url === '/api' ? response.end('api') : next()));
    try {
      expect(await (await fetch(`${other.url}/api`)).text()).toBe('api');
      expect(await (await fetch(`${other.url}/fichier.txt`)).text()).toBe('un fichier');
    } finally {
      await other.close();
    }
  });
});
