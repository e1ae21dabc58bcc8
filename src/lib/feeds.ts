import type { RSSOptions } from '@astrojs/rss';
import type { Item } from './model';

/** What a feed says of an entry: sheets, tools and models, and experience reports. */
type FeedEntry = Pick<Item, 'title' | 'path' | 'summary' | 'typeLabel' | 'published'>;

/** Returns the items newest first (by publication date, then title), at most `limit`. */
export function newestFirst<T extends Pick<Item, 'published' | 'title'>>(items: readonly T[], limit = Infinity): T[] {
  return [...items].sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title, 'fr-CA')).slice(0, limit);
}

export interface FeedInfo {
  siteUrl: string;
  title: string;
  description: string;
}

/** Returns the options of `@astrojs/rss` for a feed of the 50 latest additions, in French. */
export function feedOptions(info: FeedInfo, items: readonly FeedEntry[]): RSSOptions {
  const latest = newestFirst(items, 50);
  const lastBuild = latest[0] ? `<lastBuildDate>${latest[0].published.toUTCString()}</lastBuildDate>` : '';
  return {
    title: info.title,
    description: info.description,
    site: info.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL('/rss.xml', info.siteUrl).href}" rel="self" type="application/rss+xml"/><language>fr-CA</language>${lastBuild}`,
    items: latest.map((item) => ({
      title: item.title,
      link: item.path,
      description: item.summary,
      categories: [item.typeLabel],
      pubDate: item.published,
    })),
  };
}
