import { relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { FEED_SIZE } from '../../src/lib/feeds';
import { itemKinds, kinds } from '../../src/schema/registry';
import { listFiles, readPage, siteDir } from './site';

interface OpenItem {
  url: string;
  themes: string[];
  regions: string[];
  published: string;
}
interface Parsed {
  error: string | null;
  version: string | null;
  title: string;
  self: string | null;
  items: { link: string; pubDate: string }[];
}

const data = JSON.parse(readPage('/donnees/bibliotheque.json')) as Record<string, OpenItem[]> & {
  taxonomies: { themes: { id: string; label: string }[]; regions: { id: string; code: string; name: string }[] };
};
const items = itemKinds.flatMap((kind) => data[kinds[kind].group]!);
const siteUrl = new URL(items[0]!.url).origin;
const built = listFiles(siteDir)
  .map((file) => `/${relative(siteDir, file).split(sep).join('/')}`)
  .filter((path) => /^\/(themes|regions)\/[^/]+\/rss\.xml$/.test(path));

const taxa = [
  ...data.taxonomies.themes.map((theme) => ({ taxonomy: 'themes', id: theme.id, name: theme.label, carries: (item: OpenItem) => item.themes.includes(theme.id) })),
  ...data.taxonomies.regions.map((region) => ({ taxonomy: 'regions', id: region.id, name: region.name, carries: (item: OpenItem) => item.regions.includes(region.code) })),
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** Parses a feed with Chromium's XML parser, strict like a feed reader's: a malformed file gives its error. */
function parseFeed(xml: string): Promise<Parsed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    const child = (element: Element, name: string) => element.getElementsByTagName(name)[0]?.textContent ?? '';
    const channel = doc.getElementsByTagName('channel')[0];
    return {
      error: error ? (error.textContent ?? 'erreur') : null,
      version: doc.documentElement.getAttribute('version'),
      title: channel ? child(channel, 'title') : '',
      self: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href') ?? null,
      items: [...doc.getElementsByTagName('item')].map((item) => ({ link: child(item, 'link'), pubDate: child(item, 'pubDate') })),
    };
  }, xml);
}

describe('the feeds of each theme and each region', () => {
  test('exist for every theme and every region, and only for them', () => {
    expect(built.sort()).toEqual(taxa.map(({ taxonomy, id }) => `/${taxonomy}/${id}/rss.xml`).sort());
  });

  test.each(taxa)('/$taxonomy/$id/rss.xml is well-formed RSS holding that value’s items, newest first', async ({ taxonomy, id, name, carries }) => {
    const path = `/${taxonomy}/${id}/rss.xml`;
    const feed = await parseFeed(readPage(path));
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.title).toContain(name);
    expect(feed.self).toBe(`${siteUrl}${path}`);

    const expected = items.filter(carries);
    expect(feed.items).toHaveLength(Math.min(expected.length, FEED_SIZE));
    for (const { link, pubDate } of feed.items) {
      const item = expected.find((one) => one.url === link);
      expect(item, `${link} porte ${id}`).toBeDefined();
      expect(new Date(pubDate).toISOString().slice(0, 10)).toBe(item!.published);
    }
    const times = feed.items.map(({ pubDate }) => Date.parse(pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A feed is bounded: it keeps the newest items, so no item left out is newer than the last one kept.
    const oldestKept = Math.min(...times);
    for (const item of expected.filter((one) => !feed.items.some(({ link }) => link === one.url))) expect(Date.parse(item.published)).toBeLessThanOrEqual(oldestKept);
  });

  test.each(taxa)('/$taxonomy/$id/ announces its feed in its head and offers it under its title', ({ taxonomy, id }) => {
    const html = readPage(`/${taxonomy}/${id}/`);
    const feed = `/${taxonomy}/${id}/rss.xml`;
    expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}">`));
    expect(html).toMatch(new RegExp(`<a href="${feed}"[^>]*>Suivre ce`));
  });
});

describe('the « Suivre » page', () => {
  const html = readPage('/suivre/');

  test('links the general feed and every theme’s and region’s feed', () => {
    for (const path of ['/rss.xml', ...built]) expect(html).toContain(`href="${path}"`);
  });

  test('gives each feed its number of items', () => {
    for (const { taxonomy, id, carries } of taxa) {
      const count = items.filter(carries).length;
      const said = count === 0 ? 'aucun contenu pour l’instant' : `${count} contenu${count > 1 ? 's' : ''}`;
      expect(html).toMatch(new RegExp(`href="/${taxonomy}/${id}/rss\\.xml"[^>]*>[^<]+</a> <span class="muted"[^>]*>—\\s${said}</span>`));
    }
  });

  test('is linked from the footer of every page, here from the home page', () => {
    expect(readPage('/')).toMatch(/<footer[\s\S]*href="\/suivre\/"[\s\S]*<\/footer>/);
  });
});
