import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readFragments } from '../../src/integrations/search-index';
import { buildSite, listFiles, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Returns every file of a built site with its bytes, keyed by path. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file)]));
}

describe('incremental build', () => {
  test('produces exactly the files a cold build produces after edits, additions and removals', async () => {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const incremental = { outDir: join(work, 'incremental'), cacheDir: join(work, 'incremental-cache') };
    const first = buildSite(incremental.outDir, content, incremental.cacheDir);
    expect(first.status, first.output).toBe(0);

    // A title change shows on many other pages: listings, related content, theme and organization pages.
    const edited = join(content, 'fiches', 'mentorat-entre-pairs.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Mentorat entre pairs au secondaire (nouvelle version)'));
    const source = readFileSync(join(content, 'fiches', 'cafes-parents-ados.mdx'), 'utf8');
    writeFileSync(join(content, 'fiches', 'cafes-parents-ados-bis.mdx'), source.replace(/^title: .*$/m, 'title: Cafés-rencontres, deuxième édition'));
    unlinkSync(join(content, 'fiches', 'mathematiques-en-cuisine.mdx'));

    const second = buildSite(incremental.outDir, content, incremental.cacheDir);
    expect(second.status, second.output).toBe(0);
    // Unchanged pages stay where the first build wrote them (« cached »), not copied back from the cache.
    expect(second.output).toContain('(cached)');
    expect(second.output).not.toContain('(restored)');
    // Content changes only: the CMS bundle is taken from the cache, not bundled again.
    expect(second.output).toMatch(/espace de contribution repris : ses \d+ modules n’ont pas changé/);
    const cold = buildSite(join(work, 'cold'), content, join(work, 'cold-cache'));
    expect(cold.status, cold.output).toBe(0);

    const fromIncremental = snapshot(incremental.outDir);
    const fromCold = snapshot(join(work, 'cold'));
    expect([...fromIncremental.keys()].sort()).toEqual([...fromCold.keys()].sort());
    const different = [...fromCold].filter(([path, bytes]) => !bytes.equals(fromIncremental.get(path)!)).map(([path]) => path);
    expect(different).toEqual([]);
    expect(fromCold.has('pratiques/mathematiques-en-cuisine/index.html')).toBe(false);
    // The removed sheet leaves neither its page nor its search entry behind.
    expect(fromIncremental.has('pratiques/mathematiques-en-cuisine/index.html')).toBe(false);
    const indexed = (await readFragments(join(incremental.outDir, 'pagefind'))).map(({ url }) => url);
    expect(indexed).toContain('/pratiques/cafes-parents-ados-bis/');
    expect(indexed).not.toContain('/pratiques/mathematiques-en-cuisine/');
    expect(fromCold.get('pratiques/index.html')!.toString()).toContain('Mentorat entre pairs au secondaire (nouvelle version)');

    // Nothing changed since: every page stays in place and the search index is kept, not rebuilt.
    const third = buildSite(incremental.outDir, content, incremental.cacheDir);
    expect(third.status, third.output).toBe(0);
    expect(third.output).toMatch(/index de recherche repris : aucune des \d+ pages indexées n’a changé/);
    const afterNoChange = snapshot(incremental.outDir);
    expect([...afterNoChange.keys()].sort()).toEqual([...fromCold.keys()].sort());
    expect([...fromCold].filter(([path, bytes]) => !bytes.equals(afterNoChange.get(path)!)).map(([path]) => path)).toEqual([]);

    // A script file of the previous build is gone (the bundler renamed it): no page is kept, since a kept page
    // could load the old name. Simulated by a previous client bundle with one more file than this one.
    const clientFiles = join(incremental.cacheDir, 'client-files.json');
    writeFileSync(clientFiles, JSON.stringify([...(JSON.parse(readFileSync(clientFiles, 'utf8')) as string[]), '_astro/renamed.OLD.js']));
    const fourth = buildSite(incremental.outDir, content, incremental.cacheDir);
    expect(fourth.status, fourth.output).toBe(0);
    expect(fourth.output).toContain('scripts du site renommés depuis la construction précédente : toutes les pages sont refaites');
    expect(fourth.output).not.toContain('(cached)');
    const afterRename = snapshot(incremental.outDir);
    expect([...fromCold].filter(([path, bytes]) => !bytes.equals(afterRename.get(path)!)).map(([path]) => path)).toEqual([]);
  });
});
