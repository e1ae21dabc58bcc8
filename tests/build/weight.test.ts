import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { contentSlugs, siteDir } from './site';

describe('sheet page weight', () => {
  test.each(contentSlugs('fiches', 'mdx'))('/pratiques/%s/ stays under 20 KB gzip and loads no script', (slug) => {
    const weight = pageWeight(siteDir, `/pratiques/${slug}/`) as { totalGzip: number; cssGzip: number; scripts: string[] };
    expect(weight.totalGzip).toBeGreaterThan(1000);
    expect(weight.totalGzip).toBeLessThanOrEqual(20 * 1024);
    expect(weight.scripts).toEqual([]);
  });
});
