import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 } };
const desktop = { viewport: { width: 1280, height: 800 } };
const sizes = [
  ['phone', phone],
  ['desktop', desktop],
] as const;

/** Waits until the search page has written its summary for this query, and returns it. */
async function settled(page: Page, query: string): Promise<string> {
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`« ${query} »`);
  return ((await status.textContent()) ?? '').trim();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
const firstResultFocused = (page: Page) =>
  page
    .locator('.result-title a')
    .first()
    .evaluate((link) => link === document.activeElement);

describe('results above the fold (issue 24, point 2)', () => {
  test('on a 390 × 844 phone the first result starts within the first half of the screen', async () => {
    const page = await browser.open('/recherche/?q=anxi%C3%A9t%C3%A9', phone);
    await settled(page, 'anxiété');
    const top = await page
      .locator('.result')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
    // 507 px before: the header's search field and the help text came first.
    expect(top).toBeLessThan(422);
    expect(await page.locator('header .site-search').isVisible()).toBe(false);
  });

  for (const [name, options] of sizes) {
    test(`${name}: after Enter, focus is on the results' heading, and one Tab reaches the first result`, async () => {
      const page = await browser.open('/recherche/', options);
      await page.getByLabel('Que cherchez-vous?').fill('anxiété');
      await page.getByLabel('Que cherchez-vous?').press('Enter');
      await settled(page, 'anxiété');
      expect(await focusedId(page)).toBe('resultats-titre');
      await page.keyboard.press('Tab');
      expect(await firstResultFocused(page)).toBe(true);
    });

    test(`${name}: ticking filters replaces the history step, so Back leaves the search whole`, async () => {
      const page = await browser.open('/recherche/?q=parents', options);
      await settled(page, 'parents');
      await page.goto(new URL('/recherche/?q=anxi%C3%A9t%C3%A9', page.url()).href);
      await settled(page, 'anxiété');
      if (name === 'phone') await page.getByText('Filtres', { exact: true }).click();
      await page.getByRole('checkbox', { name: /^Fiches de pratique/ }).check();
      await expect.poll(() => page.url()).toContain('type=fiche');
      await page.getByRole('checkbox', { name: /^Outils/ }).check();
      await expect.poll(() => page.url()).toContain('type=outil');
      await page.goBack();
      // Straight back to the search before Enter, not through each ticked state.
      await expect.poll(() => new URL(page.url()).search).toBe('?q=parents');
      await settled(page, 'parents');
      expect(await page.locator('input[name="type"][value="fiche"]').isChecked()).toBe(false);
    });
  }

  test('phone: the open filter panel ends with « Voir les résultats », which closes it and goes to the results', async () => {
    const page = await browser.open('/recherche/?q=parents', phone);
    await settled(page, 'parents');
    await page.getByText('Filtres', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Fiches de pratique/ }).check();
    await settled(page, 'parents');
    // Only the content type starts open: 1,059 px of filters before.
    const panel = await page.locator('[data-filters]').evaluate((details) => details.getBoundingClientRect().height);
    expect(panel).toBeLessThan(844);
    const see = page.getByRole('button', { name: 'Voir les résultats' });
    await see.click();
    expect(await page.locator('[data-filters]').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    expect(await focusedId(page)).toBe('resultats-titre');
    const top = await page
      .locator('.result')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(844);
  });

  test('desktop: the panel sits beside the results, without « Voir les résultats »', async () => {
    const page = await browser.open('/recherche/?q=parents', desktop);
    await settled(page, 'parents');
    expect(await page.getByRole('button', { name: 'Voir les résultats' }).isVisible()).toBe(false);
  });
});

describe('a useful zero-result page (issue 24, point 1)', () => {
  for (const [name, options] of sizes) {
    test(`${name}: « garçons », a word no page has, ends with the themes and « Poser la question au réseau », not with a dangling « retirez un filtre : »`, async () => {
      const page = await browser.open('/recherche/?q=gar%C3%A7ons', options);
      expect(await settled(page, 'garçons')).toBe('Aucun résultat pour « garçons ».');
      const themes = page.getByRole('list', { name: 'Parcourez plutôt un thème :' }).getByRole('link');
      await expect.poll(() => themes.count()).toBeGreaterThan(3);
      expect(await themes.first().isVisible()).toBe(true);
      expect(await themes.first().getAttribute('href')).toMatch(/^\/themes\/[a-z0-9-]+\/$/);
      const ask = page.getByRole('link', { name: 'Poser la question au réseau' });
      expect(await ask.isVisible()).toBe(true);
      expect(await ask.getAttribute('href')).toBe('/proposer/question/');
      expect(await page.getByText('Ou retirez un filtre :').isVisible()).toBe(false);
      // No word of the library is near « garçons »: the list is not shown empty.
      expect(await page.getByText('Des mots proches dans la bibliothèque :').isVisible()).toBe(false);
    });
  }

  test('« canotage » among the models finds nothing, offers the nearest word of the library and the filter to remove; the word leads to its own search', async () => {
    const page = await browser.open('/recherche/?q=canotage&type=modele', phone);
    expect(await settled(page, 'canotage')).toBe('Aucun résultat pour « canotage » avec 1 filtre.');
    expect(await page.getByRole('link', { name: 'Retirer « Modèles »' }).isVisible()).toBe(true);
    const near = page.getByRole('list', { name: 'Des mots proches dans la bibliothèque :' }).getByRole('link');
    await expect.poll(() => near.allTextContents()).toContain('canot');
    const canot = near.filter({ hasText: /^canot$/ });
    expect(await canot.getAttribute('href')).toBe('/recherche/?q=canot');
    await canot.click();
    expect(await settled(page, 'canot')).toMatch(/^\d+ résultats? pour « canot »\.$/);
    expect(await page.locator('.result-title a').first().getAttribute('href')).toBe('/pratiques/intervention-plein-air/');
  });
});
