import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { contentSlugs, siteDir } from './site';

describe('sheet page weight', () => {
  test.each(contentSlugs('fiches', 'mdx'))('/pratiques/%s/ stays under 20 KB gzip, its scripts (copy buttons) under 2 KB gzip', (slug) => {
    const weight = pageWeight(siteDir, `/pratiques/${slug}/`) as { totalGzip: number; cssGzip: number; scripts: string[] };
    expect(weight.totalGzip).toBeGreaterThan(1000);
    expect(weight.totalGzip).toBeLessThanOrEqual(20 * 1024);
    // The page reads and prints without them: only files of the site's own, small, loaded as modules (deferred).
    for (const script of weight.scripts) expect(script).toMatch(/^\/_astro\/[^/]+\.js$/);
    const scriptsGzip = weight.scripts.reduce((sum, script) => sum + gzipSync(readFileSync(join(siteDir, script)), { level: 9 }).length, 0);
    expect(scriptsGzip).toBeLessThanOrEqual(2 * 1024);
  });
});
