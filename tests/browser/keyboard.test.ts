import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { focusedStop, tab, tabTo, type Stop } from './keyboard';
import { contrastRatio } from './colour';

const browser = useBrowser();

/** Returns how many elements of the page a keyboard user can reach with Tab, and whether any forces its own order. */
function tabbables(page: Page): Promise<{ count: number; positiveTabindex: number }> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea, details > summary:first-of-type, [tabindex]:not([tabindex="-1"])';
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility() && element.tabIndex >= 0);
    return { count: elements.length, positiveTabindex: document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex^="-"])').length };
  });
}

/** Waits until the search page has shown its results. */
async function resultsShown(page: Page) {
  await expect.poll(() => page.locator('.result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe('the skip link', () => {
  test('is the first stop, shows itself when focused and takes focus past the header to the main content', async () => {
    const page = await browser.open('/pratiques/cafes-parents-ados/');
    const skip = await tab(page);
    expect(skip?.text).toBe('Aller au contenu');
    const box = await page.getByRole('link', { name: 'Aller au contenu' }).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    const next = await tab(page);
    expect(next?.text).toBe('Accueil');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('contenu');
  });
});

describe.each([
  '/',
  '/pratiques/',
  '/pratiques/cafes-parents-ados/',
  '/outils/guide-animation-cafes-parents/',
  '/organismes/cap-reussite-rimouski/',
  '/recherche/?q=parents',
  '/admin/',
])('Tab through %s', (path) => {
  test('reaches every control once, in page order, each with a visible focus ring, then leaves the page (no trap)', async () => {
    const page = await browser.open(path);
    if (path.startsWith('/recherche/')) await resultsShown(page);
    if (path === '/admin/')
      await page
        .getByRole('button', { name: /Se connecter/ })
        .first()
        .waitFor();
    const expected = await tabbables(page);
    // Decap's entry page is a sign-in screen: a couple of controls, where site pages have many.
    expect(expected.count).toBeGreaterThan(path === '/admin/' ? 0 : 8);
    expect(expected.positiveTabindex).toBe(0);
    const stops: Stop[] = [];
    for (let stop = await tab(page); stop; stop = await tab(page)) {
      stops.push(stop);
      if (stops.length > expected.count + 5) throw new Error(`Le focus tourne en rond après ${stops.length} arrêts : piège au clavier?`);
    }
    expect(stops).toHaveLength(expected.count);
    const orders = stops.map((stop) => stop.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    // And back: Shift+Tab from outside the page walks the same stops in reverse.
    const back: number[] = [];
    const last = Math.min(5, orders.length);
    for (let stop = await tab(page, true); stop && back.length < last; stop = await tab(page, true)) back.push(stop.order);
    expect(back).toEqual(orders.slice(-last).reverse());
  });
});

describe('the focus ring', () => {
  test.each(['light', 'dark'] as const)('contrasts at least 3:1 with the page and box backgrounds (%s scheme)', async (colorScheme) => {
    const page = await browser.open('/pratiques/cafes-parents-ados/', { colorScheme });
    await tab(page);
    const stop = (await focusedStop(page))!;
    const token = (name: string) => page.evaluate((property) => getComputedStyle(document.documentElement).getPropertyValue(property), name);
    for (const background of [await token('--c-bg'), await token('--c-surface'), await token('--c-notice')]) {
      expect(contrastRatio(stop.outline.color, background), `contour ${stop.outline.color} sur ${background}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('keyboard journeys', () => {
  test('the main menu’s « Proposer » is a few Tabs from the top of any page, and Enter opens the forms without an account', async () => {
    const page = await browser.open('/pratiques/cafes-parents-ados/');
    // Skip link, site name, search field and button, then the menu: « Proposer » comes before the page's content.
    const stop = await tabTo(page, (candidate) => candidate.href === '/proposer/', 15);
    expect(stop.text).toBe('Proposer');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Navigation principale');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/proposer/');
  });

  test('home → search → filter → a sheet → a tool → its file downloads', async () => {
    const page = await browser.open('/');
    await tabTo(page, (stop) => stop.id === 'recherche-entete');
    await page.keyboard.type('parents');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\/\?q=parents$/);
    await resultsShown(page);

    await tabTo(page, (stop) => stop.name === 'type' && stop.value === 'fiche');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('type=fiche');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/pour « parents » avec 1 filtre/);

    await tabTo(page, (stop) => stop.href === '/pratiques/cafes-parents-ados/');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/pratiques/cafes-parents-ados/');

    await tabTo(page, (stop) => stop.href === '/outils/guide-animation-cafes-parents/');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/outils/guide-animation-cafes-parents/');

    const file = await tabTo(page, (stop) => stop.download && /\.pdf$/.test(stop.href ?? ''));
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(file.href!.split('/').pop());
    expect(await download.failure()).toBeNull();
  });

  test('home → a theme → a sheet → the organization that runs it', async () => {
    const page = await browser.open('/');
    const theme = await tabTo(page, (stop) => /^\/themes\/[a-z-]+\/$/.test(stop.href ?? ''));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === theme.href);

    const sheet = await tabTo(page, (stop) => /^\/pratiques\/[a-z0-9-]+\/$/.test(stop.href ?? ''));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === sheet.href);
    expect(await page.locator('h1').textContent()).toBe(sheet.text);

    const organization = await tabTo(page, (stop) => /^\/organismes\/[a-z0-9-]+\/$/.test(stop.href ?? ''));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === organization.href);
    expect(await page.locator('h1').textContent()).toContain(organization.text);
  });
});
