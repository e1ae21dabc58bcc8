import { describe, expect, test } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { buildLibrary } from '../../src/lib/library';
import { FEED_SIZE, feedOptions } from '../../src/lib/feeds';
import { calendarPath, taxonFeedInfo, taxonFeedLink, taxonFeedPath, taxonFeeds } from '../../src/lib/taxon-feeds';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);
const site = { url: 'https://exemple.example', name: 'Carrefour des pratiques' };
const slugsOf = (feed: { items: { slug: string }[] }) => feed.items.map((item) => item.slug).sort();

describe('taxonFeedPath', () => {
  test('returns the feed beside the theme’s or region’s page', () => {
    expect(taxonFeedPath('themes', 'litteratie')).toBe('/themes/litteratie/rss.xml');
    expect(taxonFeedPath('regions', 'estrie')).toBe('/regions/estrie/rss.xml');
  });
});

describe('taxonFeeds', () => {
  test('gives every theme a feed, in alphabetical order, with every item on that theme', () => {
    const feeds = taxonFeeds(library, 'themes');
    expect(feeds.map((feed) => [feed.id, feed.label, feed.path, feed.pagePath])).toEqual([
      ['litteratie', 'Littératie et numératie', '/themes/litteratie/rss.xml', '/themes/litteratie/'],
      ['perseverance-scolaire', 'Persévérance scolaire', '/themes/perseverance-scolaire/rss.xml', '/themes/perseverance-scolaire/'],
    ]);
    expect(feeds.map(slugsOf)).toEqual([['gamma'], ['alpha', 'beta', 'grille']]);
  });

  test('gives every region a feed, by code, an item counting in its organization’s region when it names none', () => {
    const feeds = taxonFeeds(library, 'regions');
    expect(feeds.map((feed) => [feed.id, feed.code, feed.label])).toEqual([
      ['estrie', '05', 'Estrie'],
      ['montreal', '06', 'Montréal'],
    ]);
    // The tool `grille` names no region: its organization (org-a) is in Estrie. `gamma` names Estrie, though org-b is in Montréal.
    expect(feeds.map(slugsOf)).toEqual([['alpha', 'gamma', 'grille'], ['beta']]);
  });

  test('keeps a value no item carries, with an empty feed', () => {
    const raw = sampleRaw();
    raw.taxonomies.regions.push({ id: 'laval', code: '13', name: 'Laval' });
    const laval = taxonFeeds(buildLibrary(raw, anySize), 'regions').find((feed) => feed.id === 'laval')!;
    expect(laval.items).toEqual([]);
  });
});

describe('taxonFeedInfo and taxonFeedLink', () => {
  const [estrie] = taxonFeeds(library, 'regions');
  const [litteratie] = taxonFeeds(library, 'themes');

  test('name the theme or the region, and the feed’s own address', () => {
    expect(taxonFeedInfo(estrie!, site)).toEqual({
      siteUrl: 'https://exemple.example',
      title: 'Carrefour des pratiques — Région : Estrie (05)',
      description: 'Les fiches de pratique, outils et modèles ajoutés au Carrefour des pratiques dans la région administrative 05, Estrie.',
      path: '/regions/estrie/rss.xml',
    });
    expect(taxonFeedInfo(litteratie!, site).title).toBe('Carrefour des pratiques — Thème : Littératie et numératie');
    expect(taxonFeedLink(litteratie!, site.name)).toEqual({ title: 'Carrefour des pratiques — Thème : Littératie et numératie', href: '/themes/litteratie/rss.xml' });
  });

  test('make an RSS feed of that region only, newest first, pointing at itself', async () => {
    const xml = await getRssString(feedOptions(taxonFeedInfo(estrie!, site), estrie!.items));
    expect(xml).toContain('<atom:link href="https://exemple.example/regions/estrie/rss.xml" rel="self" type="application/rss+xml"/>');
    expect([...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map(([, title]) => title)).toEqual(['alpha', 'gamma', 'Grille']);
    expect(xml).not.toContain('/pratiques/beta/');
  });

  test('bound a feed to the newest items, whatever the number on the theme', async () => {
    const alpha = estrie!.items.find((item) => item.slug === 'alpha')!;
    const many = Array.from({ length: FEED_SIZE + 7 }, (_, i) => ({
      ...alpha,
      slug: `s${i}`,
      path: `/pratiques/s${i}/`,
      title: `s${i}`,
      published: new Date(Date.UTC(2020, 0, 1 + i)),
    }));
    const xml = await getRssString(feedOptions(taxonFeedInfo({ ...estrie!, items: many }, site), many));
    const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map(([, title]) => title);
    expect(titles).toHaveLength(FEED_SIZE);
    expect(titles[0]).toBe(`s${FEED_SIZE + 6}`);
    expect(titles.at(-1)).toBe('s7');
  });
});

describe('calendarPath', () => {
  test('offers the events calendar only when a kind lives under /rencontres/', () => {
    expect(calendarPath(['pratiques', 'outils'])).toBeUndefined();
    expect(calendarPath(['pratiques', 'rencontres'])).toBe('/rencontres/calendrier.ics');
  });
});
