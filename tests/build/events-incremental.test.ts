import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, listFiles, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-events-'));
const previous = process.env.CARREFOUR_BUILD_DATE;
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (previous === undefined) delete process.env.CARREFOUR_BUILD_DATE;
  else process.env.CARREFOUR_BUILD_DATE = previous;
});

/** Builds the copied library as on `date` (CARREFOUR_BUILD_DATE, read by src/data/build-date.ts). */
function buildOn(date: string, outDir: string, cacheDir: string) {
  process.env.CARREFOUR_BUILD_DATE = date;
  return buildSite(outDir, join(work, 'content'), cacheDir);
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file)]));
}

describe('events and the build date', () => {
  test('a build on a later day, reusing the cache, writes what a cold build on that day writes: past events move, yearly ones come back', () => {
    cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
    const incremental = { outDir: join(work, 'incremental'), cacheDir: join(work, 'incremental-cache') };
    // The day of the evening webinar on newcomer parents: still upcoming. The yearly January webinar (the 3rd Tuesday of January) is next on 19 January 2027.
    const spring = buildOn('2026-03-18T16:00:00Z', incremental.outDir, incremental.cacheDir);
    expect(spring.status, spring.output).toBe(0);
    const webinar = join('rencontres', 'webinaire-parents-nouvellement-arrives', 'index.html');
    expect(readFileSync(join(incremental.outDir, webinar), 'utf8')).not.toContain('Cette rencontre a eu lieu.');

    const winter = buildOn('2026-12-02T16:00:00Z', incremental.outDir, incremental.cacheDir);
    expect(winter.status, winter.output).toBe(0);
    const cold = buildOn('2026-12-02T16:00:00Z', join(work, 'cold'), join(work, 'cold-cache'));
    expect(cold.status, cold.output).toBe(0);

    const fromIncremental = snapshot(incremental.outDir);
    const fromCold = snapshot(join(work, 'cold'));
    expect([...fromIncremental.keys()].sort()).toEqual([...fromCold.keys()].sort());
    expect([...fromCold].filter(([path, bytes]) => !bytes.equals(fromIncremental.get(path)!)).map(([path]) => path)).toEqual([]);
    expect(fromCold.get(webinar)!.toString()).toContain('Cette rencontre a eu lieu.');
    expect(fromCold.get(join('rencontres', 'webinaire-journees-perseverance', 'index.html'))!.toString()).toContain('datetime="2027-01-19T12:00-05:00"');
  });
});
