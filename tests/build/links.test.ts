import { describe, expect, test } from 'vitest';
import { checkSite } from '../../scripts/lib/check-site';
import { siteDir } from './site';

describe('the built site (npm run check:site)', () => {
  const { pages, problems } = checkSite(siteDir);

  test('has pages to check', () => {
    expect(pages).toBeGreaterThan(50);
  });

  test('has no broken internal link or anchor, no oversized attachment and no script in attributes', () => {
    expect(problems).toEqual([]);
  });
});
