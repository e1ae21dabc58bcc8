import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

const browser = useBrowser();
/** A common phone held upright (iPhone 12 to 15): 390 × 844 CSS px. */
const phone = { viewport: { width: 390, height: 844 } };
/**
 * The first result must start at most this far down: on an 844 px screen, its type, its title and the
 * first lines of its summary then show in the first screen, even with a filter chip above it.
 */
const firstResultLimit = 700;
/** Tab presses to the first result, the skip link's included (Enter on it is not a Tab). */
const tabLimit = 8;
/** Tallest header allowed on a phone, so that a page's title shows well inside the first screen. */
const headerLimit = 120;

/** Waits for the first result and returns how far down the page it starts, in CSS px. */
async function firstResultTop(page: Page): Promise<number> {
  const first = page.locator('.result').first();
  await first.waitFor({ timeout: 10_000 });
  return Math.round(await first.evaluate((card) => card.getBoundingClientRect().top + scrollY));
}

/** Presses Tab until a result link has focus and returns how many presses it took, through the skip link when asked. */
async function tabsToFirstResult(page: Page, skipLink: boolean): Promise<number> {
  await page.locator('.result').first().waitFor({ timeout: 10_000 });
  let presses = 0;
  if (skipLink) {
    await page.keyboard.press('Tab');
    presses++;
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Aller au contenu');
    // Following the skip link must not search again: the results emptied meanwhile would send Tab past them.
    await page
      .locator('.result')
      .first()
      .evaluate((card) => (card.dataset.beforeSkip = ''));
    await page.keyboard.press('Enter');
  }
  while (presses < 100) {
    await page.keyboard.press('Tab');
    presses++;
    if (await page.evaluate(() => !!document.activeElement?.closest('.result-title'))) {
      if (skipLink) expect(await page.locator('.result[data-before-skip]').count(), 'résultats remplacés après le lien d’évitement').toBe(1);
      return presses;
    }
  }
  throw new Error('Aucun résultat atteint au clavier');
}

const chip = (page: Page, name: string) => page.getByRole('button', { name: `Retirer le filtre ${name}` });
const toggle = (page: Page) => page.locator('[data-filters] > summary');

describe('the search page on a 390 px phone', () => {
  test('shows the first result right after the count and the « Filtres » toggle, with or without a filter', async () => {
    const figures: Record<string, number> = {};
    for (const [name, path] of [
      ['sans filtre', '/recherche/?q=parents'],
      ['avec un filtre', '/recherche/?q=parents&theme=perseverance-scolaire'],
    ] as const) {
      const page = await browser.open(path, phone);
      const top = await firstResultTop(page);
      figures[`premier résultat, ${name} (px)`] = top;
      expect(top, `premier résultat ${name}`).toBeLessThanOrEqual(firstResultLimit);
      // The filters wait behind their toggle, which sits between the count and the results.
      expect(await page.getByRole('checkbox', { name: /^Fiches de pratique/ }).isVisible()).toBe(false);
      const count = (await page.getByRole('status').boundingBox())!;
      const filters = (await toggle(page).boundingBox())!;
      expect(count.y + count.height).toBeLessThanOrEqual(filters.y);
      expect(filters.y + filters.height).toBeLessThanOrEqual(top);
    }
    console.log('Recherche sur téléphone (390 × 844) :', figures);
  });

  test(`reaches the first result in at most ${tabLimit} Tab presses through the skip link`, async () => {
    const figures: Record<string, number> = {};
    for (const [name, path] of [
      ['sans filtre', '/recherche/?q=parents'],
      ['avec un filtre', '/recherche/?q=parents&theme=perseverance-scolaire'],
    ] as const) {
      const viaSkip = await tabsToFirstResult(await browser.open(path, phone), true);
      figures[`Tab par le lien d’évitement, ${name}`] = viaSkip;
      figures[`Tab depuis le haut de la page, ${name}`] = await tabsToFirstResult(await browser.open(path, phone), false);
      expect(viaSkip, `pressions de Tab ${name}`).toBeLessThanOrEqual(tabLimit);
    }
    console.log('Recherche au clavier (390 × 844) :', figures);
  });

  test(`keeps the site header at most ${headerLimit} px tall, every menu link reachable`, async () => {
    const page = await browser.open('/recherche/?q=parents', phone);
    const header = Math.round((await page.locator('.site-header').boundingBox())!.height);
    console.log('Hauteur de l’en-tête sur téléphone (px) :', header);
    expect(header).toBeLessThanOrEqual(headerLimit);
    // Every menu link shows on a phone: the last one can be followed.
    const last = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contribuer' });
    await last.click();
    await page.waitForURL((url) => url.pathname === '/contribuer/');
  });

  test('the « Filtres (n) » toggle opens the filters; ticking one adds a removable chip', async () => {
    const page = await browser.open('/recherche/?q=parents', phone);
    await firstResultTop(page);
    expect((await toggle(page).textContent())?.trim()).toBe('Filtres');
    await toggle(page).click();
    await page.getByRole('checkbox', { name: /^Fiches de pratique/ }).check();
    await expect.poll(() => page.url()).toContain('type=fiche');
    expect((await toggle(page).textContent())?.trim()).toBe('Filtres (1)');
    expect(await chip(page, 'Type de contenu\u00a0: Fiches de pratique').textContent()).toBe('Retirer le filtre Type de contenu\u00a0: Fiches de pratique ✕');
  });
});

describe('active filters as chips', () => {
  test.each([
    { width: 'phone', options: phone },
    { width: 'desktop', options: {} },
  ])('removing one updates the results and the URL, « Tout effacer » removes them all ($width)', async ({ options }) => {
    const page = await browser.open('/recherche/?q=parents&type=fiche&theme=perseverance-scolaire', options);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/avec 2 filtres\./);
    const historySteps = await page.evaluate(() => history.length);
    expect((await toggle(page).textContent())?.trim()).toBe('Filtres (2)');
    expect(await page.locator('.chip').allTextContents()).toEqual([
      'Retirer le filtre Type de contenu\u00a0: Fiches de pratique ✕',
      'Retirer le filtre Thème\u00a0: Persévérance scolaire ✕',
    ]);

    await chip(page, 'Type de contenu\u00a0: Fiches de pratique').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=parents&theme=perseverance-scolaire');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/pour « parents » avec 1 filtre\./);
    expect(await page.locator('input[name="type"][value="fiche"]').isChecked()).toBe(false);
    // Focus stays among the chips, on the one that took the removed one's place.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retirer le filtre Thème\u00a0: Persévérance scolaire ✕');

    await page.getByRole('button', { name: 'Tout effacer les filtres' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=parents');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ résultats? pour « parents »\./);
    expect(await page.locator('[data-chips]').isVisible()).toBe(false);
    expect((await toggle(page).textContent())?.trim()).toBe('Filtres');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-filters] > summary'))).toBe(true);
    // Filtering replaces the history step (issue 24): Back does not walk through each past filter state.
    expect(await page.evaluate(() => history.length)).toBe(historySteps);
  });
});

describe('on a desktop and in the header', () => {
  test('the filters stay open in a column beside the results', async () => {
    const page = await browser.open('/recherche/?q=parents');
    await firstResultTop(page);
    const box = page.getByRole('checkbox', { name: /^Fiches de pratique/ });
    await expect.poll(() => box.isVisible()).toBe(true);
    const filters = (await page.locator('.pane').boundingBox())!;
    const result = (await page.locator('.result').first().boundingBox())!;
    expect(filters.x + filters.width).toBeLessThan(result.x);
    expect(result.y).toBeLessThan(filters.y + filters.height);
  });

  test('on the search page the header field gives way to the page’s own: one search field on a phone, holding the query', async () => {
    const page = await browser.open('/recherche/?q=transition&type=fiche', phone);
    expect(await page.getByRole('searchbox').count()).toBe(1);
    await expect.poll(() => page.getByLabel('Que cherchez-vous?').inputValue()).toBe('transition');
    await page.getByLabel('Que cherchez-vous?').fill('parents');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=parents&type=fiche');
  });
});
