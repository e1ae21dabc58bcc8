import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { desktop, horizontalOverflow, phone, smallTargets } from './layout-checks';
import { root } from '../build/site';

const browser = useBrowser();
const screenshots = join(root, 'test-results', 'screenshots');

describe('the layout checks themselves', () => {
  test('report a page that scrolls sideways, and the small targets WCAG 2.5.8 does not exempt', async () => {
    const page = await browser.open('/', phone);
    await page.goto('about:blank');
    await page.setContent(`
      <div style="inline-size: 400px">trop large</div>
      <p><button style="inline-size: 10px; block-size: 10px; padding: 0; border: 0"></button><button style="inline-size: 10px; block-size: 10px; padding: 0; border: 0"></button></p>
      <p style="margin-block: 40px"><button style="inline-size: 10px; block-size: 10px; padding: 0; border: 0">seul</button></p>
      <p>Une phrase avec <a href="#x">un lien</a> dans le texte.</p>`);
    expect(await horizontalOverflow(page)).toEqual({ scrolls: true, culprits: ['div. « trop large »'] });
    expect(await smallTargets(page)).toEqual(['button «  » 10×10', 'button «  » 10×10']);
  });
});

describe('layout stability', () => {
  test.each([
    { width: 'phone', options: phone },
    { width: 'desktop', options: desktop },
  ])('the search page stays still while its script starts and shows results ($width)', async ({ options }) => {
    const page = await browser.open('/recherche/?q=parents', options);
    await page.locator('.result').first().waitFor();
    // Sum of the layout shifts not caused by the visitor, as Chromium recorded them since the page opened.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries arrive in one task: the next one reads the total.
          setTimeout(() => resolve(total), 0);
        }),
    );
    expect(shift).toBeLessThan(0.1);
  });
});

describe('screenshots for review, in test-results/screenshots/', () => {
  const pages = [
    { name: 'accueil', path: '/' },
    { name: 'liste-pratiques', path: '/pratiques/' },
    { name: 'fiche', path: '/pratiques/cafes-parents-ados/' },
    { name: 'recherche', path: '/recherche/?q=parents&type=fiche' },
  ];
  mkdirSync(screenshots, { recursive: true });

  test.each(
    pages.flatMap((page) => [
      { ...page, width: 'telephone', options: phone },
      { ...page, width: 'bureau', options: desktop },
    ]),
  )('$name ($width) shows its title in the first screen, without sideways scrolling', async ({ name, path, width, options }) => {
    const page = await browser.open(path, options);
    if (path.startsWith('/recherche/?')) await page.locator('.result').first().waitFor();
    const title = await page.locator('h1').boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(options.viewport.height);
    expect((await horizontalOverflow(page)).scrolls).toBe(false);
    // A full-page capture does not scroll, so lazy images below the fold would be left blank: load them first.
    await page.evaluate(() => document.querySelectorAll('img').forEach((image) => (image.loading = 'eager')));
    await expect.poll(() => page.evaluate(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0))).toBe(true);
    const file = join(screenshots, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
  });
});
