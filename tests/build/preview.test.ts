import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../scripts/lib/build-site.mjs';
import { site } from '../../src/config';
import { listFiles, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-preview-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const git = (...args: string[]) => execFileSync('git', ['-C', content, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' });
const pagesOf = (dir: string) =>
  listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, file))
    .sort();
/** A page with the published site's address taken out of its links, as the full build writes them. */
const relativeLinks = (html: string) => html.replaceAll(`="${site.url.replace(/\/$/, '')}/`, '="/');

describe('preview of a proposal (`npm run build -- --changed <base>`)', () => {
  test('builds only the changed entries’ pages, the same as the full build’s, linking the rest to the published site', () => {
    cpSync(join(root, 'content'), content, { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'publié');
    // The proposal: one sheet edited and committed, one new tool not committed yet.
    const edited = join(content, 'fiches', 'mentorat-entre-pairs.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Mentorat entre pairs, version proposée'));
    git('commit', '-q', '-am', 'proposition');
    const tool = readFileSync(join(content, 'outils', 'guide-animation-cafes-parents.mdx'), 'utf8');
    writeFileSync(join(content, 'outils', 'guide-animation-cafes-parents-bis.mdx'), tool.replace(/^title: .*$/m, 'title: Guide d’animation, seconde édition'));

    const preview = buildSite({ root, outDir: join(work, 'apercu'), contentDir: content, args: ['--changed', 'HEAD~1'] });
    expect(preview.status, preview.output).toBe(0);
    expect(preview.output).toContain('aperçu des contenus modifiés depuis « HEAD~1 » : /outils/guide-animation-cafes-parents-bis/, /pratiques/mentorat-entre-pairs/');
    expect(pagesOf(join(work, 'apercu'))).toEqual(['outils/guide-animation-cafes-parents-bis/index.html', 'pratiques/mentorat-entre-pairs/index.html']);

    const full = buildSite({ root, outDir: join(work, 'complet'), contentDir: content });
    expect(full.status, full.output).toBe(0);
    expect(pagesOf(join(work, 'complet')).length).toBeGreaterThan(100);
    for (const page of ['pratiques/mentorat-entre-pairs/index.html', 'outils/guide-animation-cafes-parents-bis/index.html']) {
      const fromPreview = readFileSync(join(work, 'apercu', page), 'utf8');
      expect(relativeLinks(fromPreview)).toBe(relativeLinks(readFileSync(join(work, 'complet', page), 'utf8')));
      // Links to pages the preview did not build go to the published site; its own pages and files stay local.
      expect(fromPreview).toContain(`href="${site.url.replace(/\/$/, '')}/pratiques/"`);
      expect(fromPreview).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css"/);
    }
    expect(readFileSync(join(work, 'apercu', 'pratiques/mentorat-entre-pairs/index.html'), 'utf8')).toContain('Mentorat entre pairs, version proposée');
  });

  test('the preview workflow lists the pages built, and the status it posts opens the first one (Decap’s « Voir l’aperçu »)', () => {
    const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'preview.yml'), 'utf8')) as { jobs: { build: { steps: { run?: string }[] } } };
    const listing = workflow.jobs.build.steps.flatMap((step) => step.run?.split('\n') ?? []).find((line) => line.startsWith('find dist-apercu'));
    expect(listing).toBeDefined();
    const ci = join(work, 'ci');
    cpSync(join(work, 'apercu'), join(ci, 'dist-apercu'), { recursive: true });
    execSync(listing!, { cwd: ci, shell: '/bin/bash' });
    expect(readFileSync(join(ci, 'pages-apercu.txt'), 'utf8')).toBe('/outils/guide-animation-cafes-parents-bis/\n/pratiques/mentorat-entre-pairs/\n');
    const sha = 'fedcba9876543210fedcba9876543210fedcba98';
    const status = execFileSync(process.execPath, [join(root, 'scripts', 'preview-status.mjs'), join(ci, 'pages-apercu.txt')], {
      encoding: 'utf8',
      env: { ...process.env, HEAD_SHA: sha, PREVIEW_DOMAIN: 'carrefour-apercus.pages.dev' },
    });
    expect(JSON.parse(status)).toMatchObject({
      state: 'success',
      context: 'deploy/apercu',
      target_url: 'https://apercu-fedcba987654.carrefour-apercus.pages.dev/outils/guide-animation-cafes-parents-bis/',
    });
  });

  test('names the base and the fix when Git cannot compare with it', () => {
    const result = buildSite({ root, outDir: join(work, 'erreur'), contentDir: content, args: ['--changed', 'branche-inexistante'] });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Aperçu impossible : Git ne peut pas comparer le contenu');
    expect(result.output).toContain('« branche-inexistante »');
    expect(result.output).toContain('npm run build -- --changed main');
  });
});
