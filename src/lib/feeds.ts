import type { RSSOptions } from '@astrojs/rss';
import { allKinds, itemKinds, type Kind } from '../schema/registry';
import { questionFeedEntry } from './appels';
import type { Library } from './library';
import { libraryEntries, type LibraryEntry } from './library-entries';
import { stripForbiddenCharacters as clean } from './safety/characters';

/** What a feed needs of an entry: every kind (sheets, tools, models, events, reports, questions) gives it. */
interface FeedEntry {
  title: string;
  path: string;
  summary: string;
  typeLabel: string;
  published: Date;
}

/** Returns the entries newest first (by publication date, then title), at most `limit`. */
export function newestFirst<T extends Pick<FeedEntry, 'title' | 'published'>>(items: readonly T[], limit = Infinity): T[] {
  return [...items].sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title, 'fr-CA')).slice(0, limit);
}

export interface FeedInfo {
  siteUrl: string;
  title: string;
  description: string;
  /** The feed's own path, for its self link; `/rss.xml` when not given. */
  path?: string;
}

/** Kinds a feed can hold: every kind but organizations (a directory, not news). */
type FeedKind = Exclude<Kind, 'organisme'>;
/** Kinds `/rss.xml` holds: every kind a feed can hold. */
export const siteFeedKinds = allKinds.filter((kind): kind is FeedKind => kind !== 'organisme');
/** Kinds a theme's or region's feed holds: the listed kinds (sheets, tools, models); events, reports and questions are in `/rss.xml` only. */
export const taxonFeedKinds = itemKinds;

/** Returns what a feed says of an entry: a question's summary names who asks it. */
function feedEntry(entry: LibraryEntry<FeedKind>): FeedEntry {
  return entry.kind === 'appel' ? questionFeedEntry(entry) : entry;
}

/** Returns the library's entries of the given kinds (those of `/rss.xml` by default) as feed entries. */
export function feedEntries(library: Library, only: readonly FeedKind[] = siteFeedKinds): FeedEntry[] {
  return libraryEntries(library, only).map(feedEntry);
}

/** Items a feed holds at most: a feed weighs the same whatever the size of the library. */
export const FEED_SIZE = 50;

/**
 * Returns the options of `@astrojs/rss` for a feed of the 50 latest additions, in French. Texts lose the
 * characters XML 1.0 cannot hold (src/lib/safety/characters.ts): one of them would make the whole feed unreadable.
 */
export function feedOptions(info: FeedInfo, items: readonly FeedEntry[]): RSSOptions {
  const latest = newestFirst(items, FEED_SIZE);
  const lastBuild = latest[0] ? `<lastBuildDate>${latest[0].published.toUTCString()}</lastBuildDate>` : '';
  return {
    title: clean(info.title),
    description: clean(info.description),
    site: info.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL(info.path ?? '/rss.xml', info.siteUrl).href}" rel="self" type="application/rss+xml"/><language>fr-CA</language>${lastBuild}`,
    items: latest.map((item) => ({
      title: clean(item.title),
      link: item.path,
      description: clean(item.summary),
      categories: [clean(item.typeLabel)],
      pubDate: item.published,
    })),
  };
}
