// Two full builds (issue 25): the shared site of global-setup.ts is the cold build every step is compared with.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { keepOutput, type OutputChanges } from '../../src/integrations/keep-output';
import { testDefaults } from '../../scripts/lib/build-site.mjs';
import { readFragments, searchIndex } from '../../src/integrations/search-index';
import { buildSite, listFiles, root, siteCacheDir, siteDir } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Returns every file of a built site with its bytes, keyed by path. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file)]));
}

/** The paths whose bytes differ between two snapshots, and the paths only one of them has. */
function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((path) => !expected.get(path)?.equals(actual.get(path) ?? Buffer.alloc(0)) || !actual.has(path)).sort();
}

/** The suite's log of builds and CMS bundles so far (scripts/lib/build-site.mjs writes it under Vitest). */
const suiteWork = () =>
  readFileSync(testDefaults(root).CARREFOUR_SUITE_LOG!, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

const indexedUrls = async (outDir: string) => (await readFragments(join(outDir, 'pagefind'))).map(({ url }) => url);

const content = join(work, 'content');
const outDir = join(work, 'site');
const cacheDir = join(work, 'cache');
const fiche = (slug: string) => join(content, 'fiches', `${slug}.mdx`);
const webinar = join('rencontres', 'webinaire-parents-nouvellement-arrives', 'index.html');
const yearlyWebinar = join('rencontres', 'webinaire-journees-perseverance', 'index.html');

describe('incremental build, from the shared site', () => {
  test('a proposal on another day, then the shipped library again: the output ends as the cold build left it', async () => {
    // The shared site and what its build recorded are the previous build's.
    cpSync(siteDir, outDir, { recursive: true });
    cpSync(siteCacheDir, cacheDir, { recursive: true });
    cpSync(join(root, 'content'), content, { recursive: true });
    const shipped = snapshot(siteDir);
    const loggedBefore = suiteWork().length;

    // A title change shows on many other pages: listings, related content, theme and organization pages.
    const mentorat = readFileSync(fiche('mentorat-entre-pairs'), 'utf8');
    writeFileSync(fiche('mentorat-entre-pairs'), mentorat.replace(/^title: .*$/m, 'title: Mentorat entre pairs au secondaire (nouvelle version)'));
    writeFileSync(fiche('cafes-parents-ados-bis'), readFileSync(fiche('cafes-parents-ados'), 'utf8').replace(/^title: .*$/m, 'title: Cafés-rencontres, deuxième édition'));
    unlinkSync(fiche('mathematiques-en-cuisine'));
    // A script file of the previous build is gone (the bundler renamed it): no page is kept, since a kept page
    // could load the old name. Simulated by a previous client bundle with one more file than this one.
    const clientFiles = join(cacheDir, 'client-files.json');
    writeFileSync(clientFiles, JSON.stringify([...(JSON.parse(readFileSync(clientFiles, 'utf8')) as string[]), '_astro/renamed.OLD.js']));

    // The day of the evening webinar on newcomer parents: still upcoming. The yearly January webinar (the 3rd Tuesday of January) is next on 19 January 2027.
    const spring = buildSite(outDir, { contentDir: content, cacheDir, date: '2026-03-18T16:00:00Z', by: 'incremental: proposal, spring day' });
    expect(spring.status, spring.output).toBe(0);
    expect(spring.output).toContain('scripts du site renommés depuis la construction précédente : toutes les pages sont refaites');
    expect(spring.output).not.toContain('(cached)');
    // Content changes only: the CMS bundle is taken from the cache, not bundled again.
    expect(spring.output).toMatch(/espace de contribution repris : ses \d+ modules n’ont pas changé/);
    const proposed = snapshot(outDir);
    expect(proposed.get(webinar)!.toString()).not.toContain('Cette rencontre a eu lieu.');
    expect(proposed.get(yearlyWebinar)!.toString()).toContain('datetime="2027-01-19T12:00-05:00"');
    expect(proposed.get(join('pratiques', 'index.html'))!.toString()).toContain('Mentorat entre pairs au secondaire (nouvelle version)');
    // The removed sheet leaves neither its page nor its search entry behind.
    expect(proposed.has(join('pratiques', 'mathematiques-en-cuisine', 'index.html'))).toBe(false);
    expect(proposed.has(join('pratiques', 'cafes-parents-ados-bis', 'index.html'))).toBe(true);
    const proposedIndex = await indexedUrls(outDir);
    expect(proposedIndex).toContain('/pratiques/cafes-parents-ados-bis/');
    expect(proposedIndex).not.toContain('/pratiques/mathematiques-en-cuisine/');

    // Back to the shipped library, on the shared site's day: an edit, an addition, a removal and a later day at once.
    writeFileSync(fiche('mentorat-entre-pairs'), mentorat);
    unlinkSync(fiche('cafes-parents-ados-bis'));
    cpSync(join(root, 'content', 'fiches', 'mathematiques-en-cuisine.mdx'), fiche('mathematiques-en-cuisine'));
    const back = buildSite(outDir, { contentDir: content, cacheDir, by: 'incremental: back to the shipped library' });
    expect(back.status, back.output).toBe(0);
    // Unchanged pages stay where the previous build wrote them (« cached »), not copied back from the cache.
    expect(back.output).toContain('(cached)');
    expect(back.output).not.toContain('(restored)');
    expect(back.output).toMatch(/espace de contribution repris : ses \d+ modules n’ont pas changé/);
    expect(differences(shipped, snapshot(outDir))).toEqual([]);
    expect(shipped.get(webinar)!.toString()).toContain('Cette rencontre a eu lieu.');
    const indexed = await indexedUrls(outDir);
    expect(indexed).toContain('/pratiques/mathematiques-en-cuisine/');
    expect(indexed).not.toContain('/pratiques/cafes-parents-ados-bis/');
    // The suite's log counts both builds, and no bundle of Decap: every test build shares one CMS bundle.
    expect(suiteWork().slice(loggedBefore)).toEqual([
      { work: 'build', by: 'incremental: proposal, spring day' },
      { work: 'build', by: 'incremental: back to the shipped library' },
    ]);
    // That bundle is kept apart from each build's cache folder, where the next test's fresh cache would miss it.
    expect(existsSync(join(testDefaults(root).CARREFOUR_CMS_BUNDLE_DIR!, 'cms-bundle.json'))).toBe(true);
    expect(existsSync(join(cacheDir, 'cms-bundle.json'))).toBe(false);
  });

  // In process: what the two integrations decide after a build that changed nothing (every file left in place).
  test('after a build that changed nothing, the output is kept as it is and the search index is not rebuilt', async () => {
    const changes: OutputChanges = { kept: false, written: [], removed: [] };
    const integrations = [keepOutput(changes), searchIndex(changes)];
    const dir = pathToFileURL(`${outDir}/`);
    const config = { outDir: dir, cacheDir: pathToFileURL(`${cacheDir}/`) };
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message), warn: () => undefined };
    const before = snapshot(outDir);
    for (const { hooks } of integrations) await hooks['astro:config:done']?.({ config } as never);
    for (const { hooks } of integrations) await hooks['astro:build:start']?.({ logger } as never);
    const assets = new Map([['/', listFiles(outDir).map((file) => pathToFileURL(file))]]);
    for (const { hooks } of integrations) await hooks['astro:build:done']?.({ dir, assets, logger } as never);

    expect(changes).toEqual({ kept: true, written: [], removed: [] });
    expect(logged).toContainEqual(expect.stringMatching(/^index de recherche repris : aucune des \d+ pages indexées n’a changé$/));
    expect(differences(before, snapshot(outDir))).toEqual([]);
  });
});
