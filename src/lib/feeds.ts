import type { RSSOptions } from '@astrojs/rss';
import type { Item } from './model';

/** Returns the items newest first (by publication date, then title), at most `limit`. */
export function newestFirst(items: readonly Item[], limit = Infinity): Item[] {
  return [...items].sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title, 'fr-CA')).slice(0, limit);
}

export interface FeedInfo {
  siteUrl: string;
  title: string;
  description: string;
}

/** An addition that is not a sheet, tool or model (a question to the network), as the feed shows it. */
export interface FeedEntry {
  title: string;
  link: string;
  description: string;
  categories: string[];
  pubDate: Date;
}

/** Returns the options of `@astrojs/rss` for a feed of the 50 latest additions (items and other entries), in French. */
export function feedOptions(info: FeedInfo, items: readonly Item[], others: readonly FeedEntry[] = []): RSSOptions {
  const entries: FeedEntry[] = [
    ...items.map((item) => ({ title: item.title, link: item.path, description: item.summary, categories: [item.typeLabel], pubDate: item.published })),
    ...others,
  ];
  const latest = entries.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'fr-CA')).slice(0, 50);
  const lastBuild = latest[0] ? `<lastBuildDate>${latest[0].pubDate.toUTCString()}</lastBuildDate>` : '';
  return {
    title: info.title,
    description: info.description,
    site: info.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL('/rss.xml', info.siteUrl).href}" rel="self" type="application/rss+xml"/><language>fr-CA</language>${lastBuild}`,
    items: latest,
  };
}
