/**
 * Feeds to follow one theme or one region without an account: `/themes/<id>/rss.xml`, `/regions/<id>/rss.xml`.
 * Each holds the newest items carrying that value (at most FEED_SIZE, like `/rss.xml`), and the « Suivre » page lists them.
 */
import { taxonFeedKinds, type FeedInfo } from './feeds';
import type { Library } from './library';
import { sortTaxa } from './library';
import { libraryEntries } from './library-entries';
import type { Item } from './model';
import { taxonPath } from './slugs';
import { joinFrench } from './text';
import { allKinds, kinds } from '../schema/registry';

/** Taxonomies a visitor can follow by feed, in the order the « Suivre » page shows them. */
export const followedTaxonomies = ['themes', 'regions'] as const;
export type FollowedTaxonomy = (typeof followedTaxonomies)[number];

/** One theme's or one region's feed. */
export interface TaxonFeed {
  taxonomy: FollowedTaxonomy;
  id: string;
  /** What the value is called: « Littératie et numératie », « Estrie ». */
  label: string;
  /** The region's official code (« 05 »), for regions. */
  code?: string | undefined;
  /** The value's page, `/regions/estrie/`. */
  pagePath: string;
  /** The feed's address, `/regions/estrie/rss.xml`. */
  path: string;
  /** Every item of the feed's kinds (`taxonFeedKinds`) carrying the value, whatever its number: the feed keeps the newest. */
  items: Item[];
}

/** Returns the address of a theme's or region's feed, e.g. `/regions/estrie/rss.xml`. */
export function taxonFeedPath(taxonomy: FollowedTaxonomy, id: string): string {
  return `${taxonPath(taxonomy, id)}rss.xml`;
}

/** Returns the values an item carries in a followed taxonomy: its themes, or its regions (its organization's when it names none). */
function valuesOf(item: Item, taxonomy: FollowedTaxonomy): readonly { id: string }[] {
  return taxonomy === 'themes' ? item.themes : item.regions;
}

/** Returns one feed per value of the taxonomy, every value included: themes in alphabetical order, regions by code. */
export function taxonFeeds(library: Library, taxonomy: FollowedTaxonomy): TaxonFeed[] {
  const items: Item[] = libraryEntries(library, taxonFeedKinds);
  const members = (id: string) => items.filter((item) => valuesOf(item, taxonomy).some((value) => value.id === id));
  const feed = (id: string, label: string, code?: string): TaxonFeed => ({
    taxonomy,
    id,
    label,
    code,
    pagePath: taxonPath(taxonomy, id),
    path: taxonFeedPath(taxonomy, id),
    items: members(id),
  });
  return taxonomy === 'themes'
    ? sortTaxa(library.taxonomies.themes).map((theme) => feed(theme.id, theme.label))
    : library.taxonomies.regions.map((region) => feed(region.id, region.name, region.code));
}

/** Returns a feed's title: « Carrefour des pratiques — Région : Estrie (05) ». */
function feedTitle(feed: Pick<TaxonFeed, 'taxonomy' | 'label' | 'code'>, siteName: string): string {
  return feed.taxonomy === 'themes' ? `${siteName} — Thème : ${feed.label}` : `${siteName} — Région : ${feed.label} (${feed.code})`;
}

/** Returns the title and address a theme's or region's page announces its feed with. */
export function taxonFeedLink(feed: Pick<TaxonFeed, 'taxonomy' | 'id' | 'label' | 'code'>, siteName: string): { title: string; href: string } {
  return { title: feedTitle(feed, siteName), href: taxonFeedPath(feed.taxonomy, feed.id) };
}

/** Returns the title, description and address of a theme's or region's feed, in French. */
export function taxonFeedInfo(feed: TaxonFeed, site: { url: string; name: string }): FeedInfo {
  const what = joinFrench(taxonFeedKinds.map((kind) => kinds[kind].nouns.many));
  const description =
    feed.taxonomy === 'themes'
      ? `Les ${what} ajoutés au ${site.name} sur le thème « ${feed.label} ».`
      : `Les ${what} ajoutés au ${site.name} dans la région administrative ${feed.code}, ${feed.label}.`;
  return { siteUrl: site.url, title: feedTitle(feed, site.name), description, path: feed.path };
}

/**
 * Returns the address of the events calendar (`/rencontres/calendrier.ics`) when the registry has a kind
 * whose pages live under `/rencontres/`, or undefined: the « Suivre » page links it only when it is built.
 */
export function calendarPath(routes: readonly string[] = allKinds.map((kind) => kinds[kind].route)): string | undefined {
  return routes.includes('rencontres') ? '/rencontres/calendrier.ics' : undefined;
}
