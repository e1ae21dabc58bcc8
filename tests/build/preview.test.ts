// One build, of the changed pages only (issue 25): the shared site of global-setup.ts is the full build they are compared with.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { site } from '../../src/config';
import { proposalPreview } from '../../src/integrations/preview';
import { buildSite, listFiles, root, siteDir } from './site';

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
    // The published library: the shipped one, but for one sheet's title and one tool not there yet.
    const edited = join(content, 'fiches', 'mentorat-entre-pairs.mdx');
    const proposedSheet = readFileSync(edited, 'utf8');
    const tool = join(content, 'outils', 'guide-animation-cafes-parents.mdx');
    const proposedTool = readFileSync(tool, 'utf8');
    writeFileSync(edited, proposedSheet.replace(/^title: .*$/m, 'title: Mentorat entre pairs, version publiée'));
    unlinkSync(tool);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'publié');
    // The proposal, which gives back the shipped library: the sheet edited and committed, the new tool not committed yet.
    writeFileSync(edited, proposedSheet);
    git('commit', '-q', '-am', 'proposition');
    writeFileSync(tool, proposedTool);

    const preview = buildSite(join(work, 'apercu'), { contentDir: content, args: ['--changed', 'HEAD~1'], by: 'preview' });
    expect(preview.status, preview.output).toBe(0);
    expect(preview.output).toContain('aperçu des contenus modifiés depuis « HEAD~1 » : /outils/guide-animation-cafes-parents/, /pratiques/mentorat-entre-pairs/');
    expect(pagesOf(join(work, 'apercu'))).toEqual(['outils/guide-animation-cafes-parents/index.html', 'pratiques/mentorat-entre-pairs/index.html']);

    expect(pagesOf(siteDir).length).toBeGreaterThan(100);
    for (const page of ['pratiques/mentorat-entre-pairs/index.html', 'outils/guide-animation-cafes-parents/index.html']) {
      const fromPreview = readFileSync(join(work, 'apercu', page), 'utf8');
      expect(relativeLinks(fromPreview)).toBe(relativeLinks(readFileSync(join(siteDir, page), 'utf8')));
      // Links to pages the preview did not build go to the published site; its own pages and files stay local.
      expect(fromPreview).toContain(`href="${site.url.replace(/\/$/, '')}/pratiques/"`);
      expect(fromPreview).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css"/);
    }
    const sheetPage = readFileSync(join(work, 'apercu', 'pratiques/mentorat-entre-pairs/index.html'), 'utf8');
    expect(sheetPage).toContain(`>${/^title: (.*)$/m.exec(proposedSheet)![1]}</h1>`);
    expect(sheetPage).not.toContain('version publiée');
  });

  test('the preview workflow lists the pages built, and the status it posts opens the first one (Decap’s « Voir l’aperçu »)', () => {
    const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'preview.yml'), 'utf8')) as { jobs: { build: { steps: { run?: string }[] } } };
    const listing = workflow.jobs.build.steps.flatMap((step) => step.run?.split('\n') ?? []).find((line) => line.startsWith('find dist-apercu'));
    expect(listing).toBeDefined();
    const ci = join(work, 'ci');
    cpSync(join(work, 'apercu'), join(ci, 'dist-apercu'), { recursive: true });
    execSync(listing!, { cwd: ci, shell: '/bin/bash' });
    expect(readFileSync(join(ci, 'pages-apercu.txt'), 'utf8')).toBe('/outils/guide-animation-cafes-parents/\n/pratiques/mentorat-entre-pairs/\n');
    const sha = 'fedcba9876543210fedcba9876543210fedcba98';
    const status = execFileSync(process.execPath, [join(root, 'scripts', 'preview-status.mjs'), join(ci, 'pages-apercu.txt')], {
      encoding: 'utf8',
      env: { ...process.env, HEAD_SHA: sha, PREVIEW_DOMAIN: 'carrefour-apercus.pages.dev' },
    });
    expect(JSON.parse(status)).toMatchObject({
      state: 'success',
      context: 'deploy/apercu',
      target_url: 'https://apercu-fedcba987654.carrefour-apercus.pages.dev/outils/guide-animation-cafes-parents/',
    });
  });

  // In process: the integration refuses the base while Astro sets up, before anything is built.
  test('names the base and the fix when Git cannot compare with it', () => {
    const previous = process.env.CARREFOUR_CHANGED_SINCE;
    process.env.CARREFOUR_CHANGED_SINCE = 'branche-inexistante';
    try {
      const { hooks } = proposalPreview(content, site.url);
      const setup = { command: 'build', config: { root: pathToFileURL(`${root}/`) }, updateConfig: () => undefined, logger: { info: () => undefined } };
      expect(() => hooks['astro:config:setup']!(setup as never)).toThrow(
        /^Aperçu impossible : Git ne peut pas comparer le contenu .*« branche-inexistante ».*\nCorrection : .*`npm run build -- --changed main`\.$/,
      );
    } finally {
      if (previous === undefined) delete process.env.CARREFOUR_CHANGED_SINCE;
      else process.env.CARREFOUR_CHANGED_SINCE = previous;
    }
  });
});
