import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formBodyProblems } from '../../cms/safety-rules';
import { splitRefusedParts } from '../../cms/preview/refused-parts';
import { checkDraft, draftBranch, parseTree, publicSizes, readPublishRequest, refusalMessage } from '../../cms/validation/draft';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { foreignRequestRefusal } from '../../cms/local-request';
import { deletionRefusal } from '../../cms/media/guard';
import { bodySafetyProblems } from '../../src/lib/validation/body';
import { checkEntryFile } from '../../src/lib/validation/entry';
import { formatProblem } from '../../src/lib/validation/problem';
import { symlinkProblem, uploadProblem } from '../../src/lib/validation/uploads';
import { fiches } from '../../src/schema/collections';
import { cloneThrowaway, type ThrowawayRepo } from '../browser/throwaway-repo';

const repoRoot = join(import.meta.dirname, '..', '..');

const hostileLines = [
  '## Contexte et besoins',
  '',
  'Texte <span style="color: red">rouge</span> et <b>gras</b>.',
  '',
  '<script>window.pwned = true</script>',
  '',
  '<img src="x" onerror="window.pwned = true">',
  '',
  '[Cliquez ici](javascript:alert(1))',
  '',
  '## Objectifs',
  '',
  'Du texte simple.',
];
const hostile = hostileLines.join('\n');

/** The validator's message for a body problem, with the file and line cut off (what follows « file:line »). */
const validatorTail = (body: string) => bodySafetyProblems(body, 'f.mdx', 1).map((problem) => formatProblem(problem).slice(`f.mdx:${problem.line}`.length));

describe('formBodyProblems', () => {
  test('gives every problem of the body at once, in the validator’s own words, at its line in the body', () => {
    const problems = formBodyProblems(hostile);
    expect(problems.map((problem) => problem.line)).toEqual([3, 3, 5, 7, 7, 9]);
    expect(problems.map((problem) => problem.message.replace(/^Ligne \d+/, ''))).toEqual(validatorTail(hostile));
    expect(problems[2]!.message).toBe(
      'Ligne 5 — corps du texte : balise <script> interdite. Correction : Retirez ce code : le contenu d’une fiche est du texte, sans programme ni script.',
    );
  });

  test('names an expression between braces', () => {
    expect(formBodyProblems('Rentrée {annee}.').map((p) => p.message)).toEqual([
      'Ligne 1 — corps du texte : expression JavaScript entre accolades interdite (« {annee} »). Correction : Retirez les accolades ; pour afficher une accolade, écrivez \\{.',
    ]);
  });

  test('names an HTML comment', () => {
    expect(formBodyProblems('Avant.\n\n<!-- note -->\n').map((p) => p.message)).toEqual([
      'Ligne 3 — corps du texte : commentaire HTML « <!-- --> » non permis. Correction : Retirez-le : un commentaire reste lisible dans le code de la page.',
    ]);
  });

  test('finds nothing in a plain Markdown body', () => {
    expect(formBodyProblems('## Objectifs\n\n- Une liste\n- [Un lien](https://example.org/)\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toEqual([]);
  });
});

describe('splitRefusedParts', () => {
  test('flags the whole block holding a problem and keeps the rest as Markdown', () => {
    const parts = splitRefusedParts(hostile, formBodyProblems(hostile));
    expect(parts.map(({ refused, firstLine }) => [firstLine, refused])).toEqual([
      [1, false],
      [3, true],
      [5, true],
      [7, true],
      [9, true],
      [10, false],
    ]);
    expect(parts[1]!.text).toBe(hostileLines[2]);
    expect(parts[1]!.messages).toHaveLength(2);
    expect(parts.at(-1)!.text).toBe('\n## Objectifs\n\nDu texte simple.');
    expect(parts.filter((part) => !part.refused).every((part) => part.messages.length === 0)).toBe(true);
  });

  test('keeps a multi-line HTML block together, up to the blank lines around it', () => {
    const body = 'Intro.\n\n<div>\nTexte\n<script>x()</script>\n</div>\n\nFin.';
    const parts = splitRefusedParts(body, formBodyProblems(body));
    expect(parts.filter((part) => part.refused).map((part) => part.text)).toEqual(['<div>\nTexte\n<script>x()</script>\n</div>']);
    expect(parts.map((part) => part.text.trim())).toEqual(['Intro.', '<div>\nTexte\n<script>x()</script>\n</div>', 'Fin.']);
  });

  test('returns one Markdown part for a body without problems', () => {
    expect(splitRefusedParts('Un.\n\nDeux.', [])).toEqual([{ text: 'Un.\n\nDeux.', firstLine: 1, refused: false, messages: [] }]);
  });
});

describe('publish requests', () => {
  test('reads the draft to publish from the body Decap’s proxy backend sends', () => {
    const body = JSON.stringify({ branch: 'main', action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'fiches', slug: 'x' } });
    expect(readPublishRequest(body)).toEqual({ base: 'main', collection: 'fiches', slug: 'x' });
    expect(draftBranch('fiches', 'x')).toBe('cms/fiches/x');
  });

  test('ignores other actions and bodies that are not JSON', () => {
    expect(readPublishRequest(JSON.stringify({ action: 'persistEntry', params: { collection: 'fiches', slug: 'x' } }))).toBeUndefined();
    expect(readPublishRequest('pas du JSON')).toBeUndefined();
    expect(readPublishRequest('null')).toBeUndefined();
  });

  test('reads a tree listing and the sizes of public files by site path', () => {
    const tree = parseTree(
      ['100644 blob 0123abcd     1234\tpublic/fichiers/a b.pdf', '100644 blob 89ef 12\tcontent/fiches/x.mdx', '040000 tree 77aa -\tpublic/images', ''].join('\0'),
    );
    expect(tree).toEqual([
      { path: 'public/fichiers/a b.pdf', size: 1234 },
      { path: 'content/fiches/x.mdx', size: 12 },
    ]);
    expect(parseTree('120000 blob 4d5e     11\tcontent/fiches/lien.mdx\0')).toEqual([{ path: 'content/fiches/lien.mdx', size: 11, link: true }]);
    const size = publicSizes(tree);
    expect(size('/fichiers/a%20b.pdf')).toBe(1234);
    expect(size('/fichiers/a b.pdf')).toBe(1234);
    expect(size('/fiches/x.mdx')).toBeUndefined();
  });

  test('words a refusal with each error as the validator prints it', () => {
    const problems = checkEntryFile('content/fiches/x.mdx', new TextEncoder().encode(`---\ntitle: X\n---\n${hostile}\n`), fiches, {
      fileSize: () => 1,
      now: new Date(),
    }).problems.filter((p) => p.severity === 'error');
    const message = refusalMessage(problems);
    expect(message).toMatch(/^publication refusée, le brouillon ne passe pas la vérification du contenu \(\d+ erreurs à corriger/);
    for (const problem of problems) expect(message).toContain(formatProblem(problem));
  });
});

describe('checkDraft and the forwarder, on a throw-away clone', () => {
  let repo: ThrowawayRepo;
  let upstream: Server;
  let proxy: Server;
  const received: string[] = [];
  const hostilePath = 'content/fiches/piege.mdx';
  const hostileUpload = 'public/fichiers/fiches/piege-fichiers/notes.docx';

  /** POSTs `body` through the forwarder and returns the status and the answer. */
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const { port } = proxy.address() as AddressInfo;
      const sent = request({ host: '127.0.0.1', port, path: '/api/v1/', method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (answer) => {
        let text = '';
        answer.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, text }));
      });
      sent.on('error', reject);
      sent.end(body);
    });
  const publish = (slug: string) => JSON.stringify({ branch: 'main', action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'fiches', slug } });

  beforeAll(async () => {
    repo = cloneThrowaway(repoRoot);
    const write = (path: string, text: string) => writeFileSync(join(repo.dir, path), text);
    // The library as this checkout holds it, committed on main, so that it matches the validator under test.
    for (const folder of ['content', 'public']) {
      rmSync(join(repo.dir, folder), { recursive: true, force: true });
      cpSync(join(repoRoot, folder), join(repo.dir, folder), { recursive: true });
    }
    repo.git('add', '--all', 'content', 'public');
    if (repo.git('status', '--porcelain')) repo.git('commit', '--quiet', '-m', 'Bibliothèque de la copie de travail');
    // A draft saved around the form: a valid sheet's front matter, with a hostile body.
    const sheet = repo.show('main', 'content/fiches/cafes-parents-ados.mdx')!;
    const frontMatter = sheet.slice(0, sheet.indexOf('\n---\n', 4) + 5);
    repo.git('checkout', '--quiet', '-b', 'cms/fiches/piege');
    write(hostilePath, `${frontMatter}${hostile}\n`);
    repo.git('add', hostilePath);
    repo.git('commit', '--quiet', '-m', 'Brouillon piégé');
    // A clean draft: one field changed.
    repo.git('checkout', '--quiet', '-b', 'cms/fiches/cafes-parents-ados', 'main');
    write('content/fiches/cafes-parents-ados.mdx', sheet.replace('groupSize: 8 à 12 familles', 'groupSize: De 8 à 14 familles'));
    repo.git('commit', '--quiet', '-am', 'Brouillon propre');
    // A draft carrying a script named as a Word file, and a link out of the repository among the sheets.
    repo.git('checkout', '--quiet', '-b', 'cms/fiches/piege-fichiers', 'main');
    mkdirSync(join(repo.dir, 'public/fichiers/fiches/piege-fichiers'), { recursive: true });
    write(hostileUpload, 'alert(document.domain)');
    symlinkSync('/etc/hostname', join(repo.dir, 'content/fiches/lien.mdx'));
    repo.git('add', hostileUpload, 'content/fiches/lien.mdx');
    repo.git('commit', '--quiet', '-m', 'Brouillon aux fichiers piégés');
    repo.git('checkout', '--quiet', 'main');

    upstream = createServer((incoming, response) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      incoming.on('end', () => {
        received.push(text);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"message":"ok"}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const forward = forwardToDecapServer('/api/v1/', (upstream.address() as AddressInfo).port, { repoDir: repo.dir });
    proxy = createServer((incoming, response) => forward(incoming, response, () => response.writeHead(404).end()));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve));
    await new Promise((resolve) => upstream?.close(resolve));
    repo?.remove();
  });

  test('finds the errors of the draft’s changed files, as the validator reports them', () => {
    const problems = checkDraft(repo.dir, { base: 'main', collection: 'fiches', slug: 'piege' });
    const bodyLine = repo.show('cms/fiches/piege', hostilePath)!.split('\n').indexOf('## Contexte et besoins') + 1;
    expect(problems.map(formatProblem)).toEqual(bodySafetyProblems(hostile, hostilePath, bodyLine).map(formatProblem));
  });

  test('finds a draft’s refused upload and its link, without following the link', () => {
    const problems = checkDraft(repo.dir, { base: 'main', collection: 'fiches', slug: 'piege-fichiers' }).map(formatProblem);
    expect(problems).toEqual([
      formatProblem(symlinkProblem('content/fiches/lien.mdx')),
      formatProblem(uploadProblem(hostileUpload, new TextEncoder().encode('alert(document.domain)'))!),
    ]);
  });

  test('finds nothing in a clean draft', () => {
    expect(checkDraft(repo.dir, { base: 'main', collection: 'fiches', slug: 'cafes-parents-ados' })).toEqual([]);
  });

  test('the forwarder refuses to publish a hostile draft, with a JSON error Decap shows, and never forwards it', async () => {
    received.length = 0;
    const answer = await post(publish('piege'));
    expect(answer.status).toBe(422);
    const { error } = JSON.parse(answer.text) as { error: string };
    expect(error).toContain(`${hostilePath}:`);
    expect(error).toContain('balise <script> interdite');
    expect(received).toEqual([]);
  });

  test('the forwarder passes a clean draft’s publication and other actions on, body intact', async () => {
    received.length = 0;
    expect(await post(publish('cafes-parents-ados'))).toEqual({ status: 200, text: '{"message":"ok"}' });
    const other = JSON.stringify({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/fiches', extension: 'mdx', depth: 1 } });
    expect((await post(other)).status).toBe(200);
    expect(received).toEqual([publish('cafes-parents-ados'), other]);
  });

  test('the forwarder refuses every file deletion: it would land on the published branch without review', async () => {
    received.length = 0;
    for (const action of ['deleteFile', 'deleteFiles']) {
      const body = JSON.stringify({
        action,
        params: { branch: 'main', path: 'public/fichiers/fiches/x/a.pdf', paths: ['public/fichiers/fiches/x/a.pdf'], options: { commitMessage: 'Suppression' } },
      });
      const answer = await post(body);
      expect(answer.status).toBe(403);
      expect((JSON.parse(answer.text) as { error: string }).error).toBe(deletionRefusal);
    }
    expect(received).toEqual([]);
  });

  test('the forwarder answers this computer only: a foreign Host (DNS rebinding) or a foreign page’s post gets 403, and nothing is forwarded', async () => {
    received.length = 0;
    const { port } = proxy.address() as AddressInfo;
    const info = JSON.stringify({ action: 'info' });
    for (const headers of [{ Host: `rebind.evil.example:${port}` }, { Host: '127.0.0.1:1' }, { Origin: 'https://evil.example' }, { Origin: 'null' }]) {
      expect(await post(info, headers), JSON.stringify(headers)).toEqual({ status: 403, text: foreignRequestRefusal });
    }
    expect(received).toEqual([]);
    for (const headers of [{ Host: `localhost:${port}`, Origin: `http://localhost:${port}` }, { Origin: `http://127.0.0.1:${port}` }]) {
      expect((await post(info, headers)).status, JSON.stringify(headers)).toBe(200);
    }
    expect(received).toEqual([info, info]);
  });

  test('the forwarder refuses a draft it cannot read rather than publish it unchecked', async () => {
    received.length = 0;
    const answer = await post(publish('brouillon-inexistant'));
    expect(answer.status).toBe(422);
    expect((JSON.parse(answer.text) as { error: string }).error).toMatch(/^publication refusée, le brouillon n’a pas pu être vérifié/);
    expect(received).toEqual([]);
  });
});
