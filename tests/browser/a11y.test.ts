import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { axeViolations } from './axe';
import { onePagePerTemplate, sitemapPaths } from './sitemap';
import { phone } from './layout-checks';

const browser = useBrowser();
const paths = sitemapPaths();
// Every page on a desktop in light mode. Dark mode changes colour tokens only, and a phone only the
// layout, while every page of a template uses the same components: there, one page per template is
// enough, and keeps the crawl to a few minutes.
const variants = [
  { name: 'light colour scheme, desktop', options: { colorScheme: 'light' }, paths },
  { name: 'dark colour scheme, desktop', options: { colorScheme: 'dark' }, paths: onePagePerTemplate(paths) },
  { name: 'light colour scheme, 320 px phone', options: { colorScheme: 'light', ...phone }, paths: onePagePerTemplate(paths) },
] as const;

/** Opens every filter of the search page, the way a visitor clicks each heading. */
async function openAllFilters(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

test('the sitemap lists the pages to check, and every template is checked in dark mode and on a phone', () => {
  expect(paths.length).toBeGreaterThan(50);
  expect(paths).toContain('/');
  expect(variants[1].paths).toEqual(expect.arrayContaining(['/', '/pratiques/', '/regions/', '/communaute/']));
  expect(variants[1].paths.filter((path) => path.startsWith('/pratiques/'))).toHaveLength(2);
});

describe.each(variants)('axe finds no violation, $name', ({ options, paths }) => {
  test.each(paths)('%s', async (path) => {
    const page = await browser.open(path, options);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('/recherche/ before anything is typed', async () => {
    const page = await browser.open('/recherche/', options);
    await expect.poll(() => page.locator('[data-count="type:fiche"]').textContent(), { timeout: 10_000 }).toMatch(/^\(\d+\)$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('/recherche/ with a query typed, every filter open and results shown', async () => {
    const page = await browser.open('/recherche/', options);
    await page.getByLabel('Que cherchez-vous?').fill('parents');
    await expect.poll(() => page.locator('.result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // On a phone the filters wait behind their « Filtres » toggle.
    await openAllFilters(page);
    await page
      .locator('.pane')
      .getByRole('checkbox', { name: /^Fiches de pratique/ })
      .check();
    await expect.poll(() => page.url()).toContain('type=fiche');
    await openAllFilters(page);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/résultats? pour « parents » avec 1 filtre/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('/recherche/ with no result, offering to remove a filter', async () => {
    const page = await browser.open('/recherche/?q=canot&type=modele', options);
    await expect.poll(() => page.getByRole('link', { name: 'Retirer « Modèles »' }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each(['/admin/', '/admin/comite/'])('%s', async (path) => {
    const page = await browser.open(path, options);
    // Decap draws its sign-in screen after its script runs: check that screen, with its welcome text, not the empty page.
    await page
      .getByRole('button', { name: /Se connecter/ })
      .first()
      .waitFor();
    await page.locator('#cms-welcome').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the 404 page', async () => {
    const page = await browser.open('/404.html', options);
    expect(await axeViolations(page)).toEqual([]);
  });
});
