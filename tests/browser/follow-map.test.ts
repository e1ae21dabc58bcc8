import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { tabTo } from './keyboard';
import { horizontalOverflow, smallTargets } from './layout-checks';

const browser = useBrowser();

/** A phone held upright, a desktop, and a desktop whose browser runs no JavaScript. */
const screens = [
  { name: 'on a phone', options: { viewport: { width: 390, height: 844 } } },
  { name: 'on a desktop', options: { viewport: { width: 1280, height: 900 } } },
  { name: 'without JavaScript', options: { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false } },
];

/** What a map tile says of its region, read from its accessible name: « 05 Estrie : 3 contenus, 2 organismes » (src/lib/region-figures.ts). */
interface TileFigures {
  href: string;
  code: string;
  contents: number;
  organizations: number;
}

/** Returns every tile of the map on /regions/, in tab order, with the figures its accessible name gives. */
async function mapTiles(page: Page): Promise<TileFigures[]> {
  const links = await page.locator('.region-map svg a').evaluateAll((elements) => elements.map((a) => [a.getAttribute('href')!, a.getAttribute('aria-label')!]));
  return links.map(([href, label]) => {
    const match = /^(\d\d) .+ : (\d+|aucun) contenus?, (\d+|aucun) organismes?$/.exec(label!);
    expect(match, `nom accessible de la case ${href} : ${label}`).not.toBeNull();
    const count = (text: string) => (text === 'aucun' ? 0 : Number(text));
    return { href: href!, code: match![1]!, contents: count(match![2]!), organizations: count(match![3]!) };
  });
}

/** Returns a region page's counts, from the headings of its sections: « Pratiques (3) », « Organismes (2) »… */
async function regionPageCounts(page: Page): Promise<Record<string, number>> {
  const headings = await page.locator('main h2').allInnerTexts();
  return Object.fromEntries(headings.map((text) => /^(.+?)\s*\((\d+)\)$/.exec(text.trim())).flatMap((match) => (match ? [[match[1]!, Number(match[2])]] : [])));
}

describe.each(screens)('following without an account, $name', ({ options }) => {
  test('from the footer, « Suivre » explains how to follow and leads to a region’s feed', async () => {
    const page = await browser.open('/', options);
    await page.locator('footer').getByRole('link', { name: 'Suivre', exact: true }).click();
    await page.waitForURL(/\/suivre\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Suivre la bibliothèque');
    await expect(page.getByRole('heading', { name: 'Comment suivre un fil' }).isVisible()).resolves.toBe(true);
    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, culprits: [] });
    expect(await smallTargets(page)).toEqual([]);

    const regions = page.locator('section', { has: page.getByRole('heading', { name: 'Par région' }) });
    await expect(regions.getByRole('link').count()).resolves.toBe(17);
    const estrie = regions.getByRole('link', { name: '05 Estrie' });
    await estrie.scrollIntoViewIfNeeded();
    // The click's own request goes to the site; its answer is read, then the tab stays here: Chromium's XML viewer
    // would style the tree inline, which the site's policy blocks (noise from the browser, not from the site).
    const feed = { url: '', status: 0, type: '', body: '' };
    await page.route('**/*.xml', async (route) => {
      const answer = await route.fetch();
      Object.assign(feed, { url: route.request().url(), status: answer.status(), type: answer.headers()['content-type'] ?? '', body: await answer.text() });
      await route.abort('aborted');
    });
    await estrie.click();
    await expect.poll(() => feed.status).toBe(200);
    expect(new URL(feed.url).pathname).toBe('/regions/estrie/rss.xml');
    expect(feed.type).toMatch(/xml/);
    expect(feed.body).toContain('<title>Carrefour des pratiques — Région : Estrie (05)</title>');
    expect(feed.body).toMatch(/<item>/);
  });

  test('a region’s page offers its own feed under its title and announces it to feed readers', async () => {
    const page = await browser.open('/regions/bas-saint-laurent/', options);
    const link = page.getByRole('link', { name: 'Suivre cette région (fil RSS)' });
    await expect(link.getAttribute('href')).resolves.toBe('/regions/bas-saint-laurent/rss.xml');
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((one) => one.getAttribute('href')))).resolves.toEqual([
      '/rss.xml',
      '/regions/bas-saint-laurent/rss.xml',
    ]);
  });
});

describe.each(screens)('the map of the regions, $name', ({ options }) => {
  test('has a tile for each of the 17 regions, reachable by keyboard with a visible focus, that leads to its page with the same counts', async () => {
    const page = await browser.open('/regions/', options);
    const tiles = await mapTiles(page);
    expect(tiles.map((tile) => tile.code).sort()).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, culprits: [] });
    expect(await smallTargets(page)).toEqual([]);

    // Tab from the top of the page: each tile is a stop, in the map's order, with its focus ring on screen (tab() checks it).
    const first = await tabTo(page, (stop) => stop.href === tiles[0]!.href);
    const stops = [first];
    for (const tile of tiles.slice(1)) stops.push(await tabTo(page, (stop) => stop.href === tile.href, 1));
    expect(stops.map((stop) => stop.href)).toEqual(tiles.map((tile) => tile.href));
    const ring = await page.locator('.region-map svg a:focus .tile').evaluate((rect) => getComputedStyle(rect).strokeWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);

    // The last tile reached (Estrie, at the bottom): Enter opens its page, whose counts are the tile's.
    const last = tiles.at(-1)!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === last.href);
    const counts = await regionPageCounts(page);
    expect({ organizations: counts.Organismes, contents: counts.Pratiques! + counts.Outils! + counts.Modèles! }).toEqual({
      organizations: last.organizations,
      contents: last.contents,
    });
  });

  test('has a table of the same figures, opened from its disclosure', async () => {
    const page = await browser.open('/regions/', options);
    const tiles = await mapTiles(page);
    const table = page.locator('.region-table table');
    await expect(table.isVisible()).resolves.toBe(false);
    await page.getByText('Les mêmes chiffres en tableau').click();
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual(['Région', 'Organismes', 'Fiches de pratique', 'Outils', 'Modèles']);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, cells: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)) })));
    expect(rows).toHaveLength(17);
    for (const tile of tiles) {
      const row = rows.find((one) => one.href === tile.href);
      expect(row && [row.cells[0], row.cells.slice(1).reduce((sum, cell) => sum + cell, 0)], tile.href).toEqual([tile.organizations, tile.contents]);
    }
    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, culprits: [] });
  });
});

describe('the map’s figures', () => {
  test('are those of every region’s page, tools and models included in its table', async () => {
    const page = await browser.open('/regions/');
    const tiles = await mapTiles(page);
    const rows = await page
      .locator('.region-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')!.getAttribute('href')!, [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))] as const));
    expect(rows.reduce((sum, [, cells]) => sum + cells[1]!, 0)).toBeGreaterThan(0);
    for (const [href, [organizations, sheets, tools, models]] of rows) {
      await page.goto(new URL(href, page.url()).href);
      expect(await regionPageCounts(page), href).toEqual({ Pratiques: sheets, Outils: tools, Modèles: models, Organismes: organizations });
      const tile = tiles.find((one) => one.href === href)!;
      expect([tile.organizations, tile.contents]).toEqual([organizations, sheets! + tools! + models!]);
    }
  });
});
