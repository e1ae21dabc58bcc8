import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { parseNameStatus, readDraftRequest } from '../../cms/draft-diffs';
import { entryFilesRefusal } from '../../cms/entry-size';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { cloneThrowaway, type ThrowawayRepo } from '../browser/throwaway-repo';

const repoRoot = join(import.meta.dirname, '..', '..');

describe('draft requests and diffs', () => {
  test('reads the draft an unpublishedEntry request asks for, by content key or by its parts', () => {
    expect(readDraftRequest('{"action":"unpublishedEntry","params":{"branch":"main","id":"fiches/cafes"}}')).toEqual({ base: 'main', collection: 'fiches', slug: 'cafes' });
    expect(readDraftRequest('{"action":"unpublishedEntry","params":{"branch":"main","collection":"outils","slug":"grille"}}')).toEqual({
      base: 'main',
      collection: 'outils',
      slug: 'grille',
    });
    expect(readDraftRequest('{"action":"persistEntry","params":{"branch":"main"}}')).toBeUndefined();
    expect(readDraftRequest('{"action":"unpublishedEntry","params":{"branch":"main"}}')).toBeUndefined();
    expect(readDraftRequest('pas du JSON')).toBeUndefined();
  });

  test('gives git’s changes in decap-server’s shape: added, modified, renamed, deleted, binary', () => {
    const output = [
      'A',
      'content/fiches/neuve.mdx',
      'M',
      'public/images/photo.png',
      'R087',
      'content/fiches/a.mdx',
      'content/fiches/b.mdx',
      'D',
      'public/images/logo.svg',
      '',
    ].join('\0');
    expect(parseNameStatus(output, new Set(['public/images/photo.png']))).toEqual([
      { oldPath: '', newPath: 'content/fiches/neuve.mdx', status: 'added', newFile: true, path: 'content/fiches/neuve.mdx', id: 'content/fiches/neuve.mdx', binary: false },
      {
        oldPath: 'public/images/photo.png',
        newPath: 'public/images/photo.png',
        status: 'modified',
        newFile: false,
        path: 'public/images/photo.png',
        id: 'public/images/photo.png',
        binary: true,
      },
      {
        oldPath: 'content/fiches/a.mdx',
        newPath: 'content/fiches/b.mdx',
        status: 'renamed',
        newFile: false,
        path: 'content/fiches/b.mdx',
        id: 'content/fiches/b.mdx',
        binary: false,
      },
      { oldPath: 'public/images/logo.svg', newPath: '', status: 'deleted', newFile: false, path: 'public/images/logo.svg', id: 'public/images/logo.svg', binary: true },
    ]);
  });
});

describe('entry size at save', () => {
  test('refuses a file over the validator’s content limit with its French message, and lets a sheet through', () => {
    const big = `---\ntitle: Énorme\n---\n${'Un paragraphe de texte. '.repeat(90_000)}`;
    expect(entryFilesRefusal([{ path: 'content/fiches/enorme.mdx', raw: big }])).toMatch(
      /^enregistrement refusé : content\/fiches\/enorme\.mdx — fichier : trop volumineux \(2,2 Mo ; la limite est de 1 Mo\)\. Correction : Une fiche tient en quelques pages/,
    );
    expect(entryFilesRefusal([{ path: 'content/fiches/courte.mdx', raw: '---\ntitle: Courte\n---\nTexte.\n' }])).toBeUndefined();
  });
});

/**
 * decap-server itself (Git mode) behind the relay, on a throw-away clone: three drafts started at three
 * commits of main, with two sheets published in between. decap-server is started once (about a second).
 */
describe('the relay in front of decap-server, with drafts older than main', () => {
  let repo: ThrowawayRepo;
  let decap: Awaited<ReturnType<typeof startDecapServer>>;
  let relay: Server;
  const drafts = [
    { slug: 'cafes-parents-ados', path: 'content/fiches/cafes-parents-ados.mdx' },
    { slug: 'mentorat-entre-pairs', path: 'content/fiches/mentorat-entre-pairs.mdx' },
    { slug: 'nouvelle-fiche', path: 'content/fiches/nouvelle-fiche.mdx' },
  ];
  const published = ['content/fiches/publiee-un.mdx', 'content/fiches/publiee-deux.mdx'];

  const post = async (url: string, body: unknown) => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const relayUrl = () => `http://127.0.0.1:${(relay.address() as AddressInfo).port}/api/v1`;
  const diffPaths = (answer: { json: Record<string, unknown> }) => (answer.json.diffs as { path: string }[]).map(({ path }) => path).sort();

  beforeAll(async () => {
    repo = cloneThrowaway(repoRoot);
    const sheet = repo.show('main', 'content/fiches/cafes-parents-ados.mdx')!;
    const commitOn = (branch: string, path: string, text: string, message: string) => {
      repo.git('checkout', '--quiet', branch);
      writeFileSync(join(repo.dir, path), text);
      repo.git('add', path);
      repo.git('commit', '--quiet', '-m', message);
    };
    // Each draft starts from main as it is, then one sheet is published before the next draft starts.
    for (const [index, { slug, path }] of drafts.entries()) {
      repo.git('branch', `cms/fiches/${slug}`, 'main');
      repo.git('config', `branch.cms/fiches/${slug}.description`, 'decap-cms/draft');
      const text = index === 2 ? sheet.replace(/^title: .*$/m, 'title: Nouvelle fiche') : (repo.show('main', path) ?? sheet).replace(/^title: (.*)$/m, 'title: $1 (brouillon)');
      commitOn(`cms/fiches/${slug}`, path, text, `Brouillon : ${slug}`);
      const publication = published[index];
      if (publication) commitOn('main', publication, sheet.replace(/^title: .*$/m, `title: Publiée ${index + 1}`), `Publication ${index + 1}`);
    }
    repo.git('checkout', '--quiet', 'main');
    decap = await startDecapServer({ root: repoRoot, repoDir: repo.dir });
    const forward = forwardToDecapServer('/api/v1', decap.port, { repoDir: repo.dir });
    relay = createServer((incoming, response) => forward(incoming, response, () => response.writeHead(404).end()));
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => relay?.close(resolve));
    await decap?.close();
    repo?.remove();
  });

  test('decap-server alone lists the sheets published since a draft started as part of it (why the relay rewrites)', async () => {
    const answer = await post(decap.url, { action: 'unpublishedEntry', params: { branch: 'main', collection: 'fiches', slug: drafts[0]!.slug } });
    expect(diffPaths(answer)).toEqual([drafts[0]!.path, ...published].sort());
  });

  test('through the relay, each draft lists only its own file, and keeps its status', async () => {
    for (const { slug, path } of drafts) {
      const answer = await post(relayUrl(), { action: 'unpublishedEntry', params: { branch: 'main', id: `fiches/${slug}` } });
      expect(answer.status).toBe(200);
      expect(diffPaths(answer)).toEqual([path]);
      expect(answer.json).toMatchObject({ collection: 'fiches', slug, status: 'draft' });
      const [diff] = answer.json.diffs as { newFile: boolean }[];
      expect(diff!.newFile).toBe(slug === 'nouvelle-fiche');
    }
    // Each then opens with its own content, read on its branch.
    const data = await post(relayUrl(), {
      action: 'unpublishedEntryDataFile',
      params: { branch: 'main', collection: 'fiches', slug: 'cafes-parents-ados', path: drafts[0]!.path, id: 'x' },
    });
    expect(data.json.data).toMatch(/^title: Cafés-rencontres parents-ados \(brouillon\)$/m);
  });

  test('a draft that does not exist still gets decap-server’s 404', async () => {
    const answer = await post(relayUrl(), { action: 'unpublishedEntry', params: { branch: 'main', collection: 'fiches', slug: 'absente' } });
    expect(answer.status).toBe(404);
  });

  test('a 2 MB body is refused at save, in French, and no draft branch is created', async () => {
    const raw = `---\ntitle: Énorme\n---\n${'x'.repeat(2_000_000)}\n`;
    const answer = await post(relayUrl(), {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: 'enorme', path: 'content/fiches/enorme.mdx', raw }],
        assets: [],
        options: { collectionName: 'fiches', commitMessage: 'x', useWorkflow: true, status: 'draft' },
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.error).toMatch(/^enregistrement refusé : content\/fiches\/enorme\.mdx — fichier : trop volumineux \(2 Mo ; la limite est de 1 Mo\)/);
    expect(repo.git('branch', '--list', 'cms/fiches/enorme')).toBe('');
  });
});
