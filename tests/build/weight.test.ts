import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { contentSlugs, siteDir } from './site';

describe('sheet page weight', () => {
  test.each(contentSlugs('fiches', 'mdx'))(
    '/pratiques/%s/ stays under 20 KB gzip, its scripts and the modules they import (copy, citation, kit buttons) under 2.75 KB gzip',
    (slug) => {
      const weight = pageWeight(siteDir, `/pratiques/${slug}/`) as { totalGzip: number; cssGzip: number; scripts: string[] };
      expect(weight.totalGzip).toBeGreaterThan(1000);
      expect(weight.totalGzip).toBeLessThanOrEqual(20 * 1024);
      // The page reads and prints without them: only files of the site's own, small, loaded as modules (deferred).
      for (const script of weight.scripts) expect(script).toMatch(/^\/_astro\/[^/]+\.js$/);
      const scriptsGzip = weight.scripts.reduce((sum, script) => sum + gzipSync(readFileSync(join(siteDir, script)), { level: 9 }).length, 0);
      // 2.5 KB on 2026-12-03 (2.7 KB while the CMS bundle shared Vite's preload helper with the site's scripts).
      expect(scriptsGzip).toBeLessThanOrEqual(2.75 * 1024);
    },
  );
});
