import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { siteDir } from '../build/site';

const browser = useBrowser();
const openData = JSON.parse(readFileSync(join(siteDir, 'donnees', 'bibliotheque.json'), 'utf8')) as {
  sheets: { url: string; themes: string[]; regions: string[] }[];
};

/** Waits until the results announcement says something other than the initial hint, and returns it. */
async function summary(page: Page): Promise<string> {
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/résultat/);
  return (await status.textContent())!;
}

/** Waits until the filter pane's counts are settled, then returns the count shown for `filter:value`. */
async function countOf(page: Page, key: string): Promise<number> {
  await expect.poll(() => page.locator('.pane[aria-busy]').count()).toBe(0);
  return Number(/^\((\d+)\)$/.exec((await page.locator(`[data-count="${key}"]`).textContent()) ?? '')![1]);
}

/** Returns the paths of every result shown, clicking « Afficher plus » until all are listed. */
async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
  while (await more.isVisible()) {
    const before = await page.locator('.result').count();
    await more.click();
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(before);
  }
  return page.locator('.result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search journeys', () => {
  test('typing a query shows highlighted results and records the query in the URL', async () => {
    const page = await browser.open('/recherche/');
    await page.getByLabel('Que cherchez-vous?').fill('mentorat');
    expect(await summary(page)).toMatch(/^\d+ résultats? pour « mentorat »\.$/);
    const first = page.locator('.result').first();
    await expect.poll(() => first.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.result-title a').first().textContent()).toContain('entorat');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=mentorat');
  });

  test('filters combine: any of the values within a filter, all filters together', async () => {
    const page = await browser.open('/recherche/');
    const pane = page.locator('.pane');
    await pane.getByRole('checkbox', { name: /^Fiches de pratique/ }).check();
    await summary(page);
    await pane.getByRole('checkbox', { name: /^Santé mentale et bien-être/ }).check();
    await pane.getByRole('checkbox', { name: /^Littératie et numératie/ }).check();
    await page.locator('details[data-filter="region"] summary').click();
    await pane.getByRole('checkbox', { name: /^Mauricie/ }).check();
    await expect.poll(() => page.url()).toContain('region=mauricie');
    expect(new URL(page.url()).search).toBe('?type=fiche&theme=litteratie&theme=sante-mentale-bien-etre&region=mauricie');

    const expected = openData.sheets
      .filter((s) => s.themes.some((t) => t === 'sante-mentale-bien-etre' || t === 'litteratie') && s.regions.includes('04'))
      .map((s) => new URL(s.url).pathname)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await allResultPaths(page)).sort()).toEqual(expected);
    expect(await summary(page)).toBe(`${expected.length} résultats avec 4 filtres.`);
  });

  test('filter counts say how many results each value would give', async () => {
    const page = await browser.open('/recherche/?q=parents&type=fiche');
    await summary(page);
    const tools = await countOf(page, 'type:outil');
    expect(tools).toBeGreaterThan(0);
    await page
      .locator('.pane')
      .getByRole('checkbox', { name: /^Outils/ })
      .check();
    const sheets = await countOf(page, 'type:fiche');
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${sheets + tools} résultats pour « parents » avec 2 filtres.`);
  });

  test('the counts of the whole library are in the page, equal to the index’s own, without loading it', async () => {
    const page = await browser.open('/recherche/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const shown = await page
      .locator('[data-count]')
      .evaluateAll((spans) => Object.fromEntries(spans.map((span): [string, string | null] => [(span as HTMLElement).dataset.count ?? '', span.textContent])));
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    // A string, so the test runner does not rewrite the dynamic import meant for the browser.
    const fromIndex = await page.evaluate<Record<string, Record<string, number>>>(
      `(async () => { const pagefind = await import('/pagefind/pagefind.js'); await pagefind.init(); return pagefind.filters(); })()`,
    );
    const expected = Object.fromEntries(
      Object.keys(shown).map((key) => {
        const [filter, value] = key.split(':') as [string, string];
        return [key, `(${fromIndex[filter]?.[value] ?? 0})`];
      }),
    );
    expect(shown).toEqual(expected);
    expect(Object.values(shown).filter((text) => text !== '(0)').length).toBeGreaterThan(20);
  });

  test('the first results come before the filter counts, which load after them', async () => {
    const page = await browser.open('/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${browser.baseUrl}/recherche/?q=parents`);
    await summary(page);
    const sheets = await countOf(page, 'type:fiche');
    expect(sheets).toBeGreaterThan(0);
    const firstCard = requests.findIndex((path) => path.startsWith('/pagefind/fragment/'));
    const firstFilter = requests.findIndex((path) => path.startsWith('/pagefind/filter/'));
    expect(firstCard).toBeGreaterThan(-1);
    expect(firstFilter).toBeGreaterThan(firstCard);
  });

  test('a shared URL reloads the same search, and the back button restores the search before it, not each filter ticked since', async () => {
    const page = await browser.open('/recherche/?q=parents&type=fiche&tri=titre');
    expect(await summary(page)).toMatch(/pour « parents » avec 1 filtre\.$/);
    expect(await page.getByLabel('Que cherchez-vous?').inputValue()).toBe('parents');
    expect(await page.getByRole('checkbox', { name: /^Fiches de pratique/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Trier par').inputValue()).toBe('titre');
    const titles = await page.locator('.result-title a').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr-CA')));

    await page.goto(new URL('/recherche/?q=stress', page.url()).href);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain('« stress »');
    // Ticking refines the search in place (issue 24): no history step per filter.
    await page.getByRole('checkbox', { name: /^Outils/ }).check();
    await expect.poll(() => page.url()).toContain('type=outil');
    await page.reload();
    expect(await page.getByRole('checkbox', { name: /^Outils/ }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.getByLabel('Que cherchez-vous?').inputValue()).toBe('parents');
    expect(await page.getByRole('checkbox', { name: /^Outils/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /^Fiches de pratique/ }).isChecked()).toBe(true);
    expect(await summary(page)).toMatch(/pour « parents » avec 1 filtre\./);
  });

  test('an empty result offers to remove a filter, browse themes, ask the network or propose a practice', async () => {
    const page = await browser.open('/recherche/?q=canot&type=modele');
    expect(await summary(page)).toBe('Aucun résultat pour « canot » avec 1 filtre.');
    const remove = page.getByRole('link', { name: 'Retirer « Modèles »' });
    await expect.poll(() => remove.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'proposer une fiche' }).getAttribute('href')).toBe('/proposer/fiche/');
    expect(await page.getByRole('link', { name: 'Poser la question au réseau' }).getAttribute('href')).toBe('/proposer/question/');
    await remove.click();
    await page.waitForURL(/\?q=canot$/);
    expect(await summary(page)).toMatch(/^\d+ résultats? pour « canot »\.$/);
  });

  test('works with the keyboard only, from the header field to a sheet', async () => {
    const page = await browser.open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Aller au contenu');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-entete');
    await page.keyboard.type('transition');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\/\?q=transition$/);
    await summary(page);
    // Tab through the form to the first result, ticking « Fiches de pratique » on the way.
    let ticked = false;
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { name: el?.name, value: el?.value, inResult: !!el?.closest('.result') };
      });
      if (!ticked && focused.name === 'type' && focused.value === 'fiche') {
        await page.keyboard.press('Space');
        ticked = true;
        await expect.poll(() => page.url()).toContain('type=fiche');
      }
      if (focused.inResult) break;
    }
    expect(ticked).toBe(true);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(target).toMatch(/^\/pratiques\/[a-z0-9-]+\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });
});

describe('search without JavaScript, and the header field', () => {
  test('without JavaScript, the search page says so and links to the browsable listings', async () => {
    const page = await browser.open('/recherche/?q=parents', { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>, so the notice is found by its class.
    const notice = page.locator('main .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('La recherche a besoin de JavaScript');
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/pratiques/', '/outils/', '/modeles/', '/themes/', '/regions/', '/publics/', '/organismes/']);
    expect(await page.getByLabel('Que cherchez-vous?').isVisible()).toBe(false);
  });

  test('the header field loads no script and no index before the visitor searches', async () => {
    const page = await browser.open('/pratiques/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('parents');
    expect(await page.locator('script').count()).toBe(0);
    expect(requests.filter((path) => path.endsWith('.js') || path.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\/\?q=parents$/);
    expect(await summary(page)).toMatch(/pour « parents »/);
    expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });
});
