import { createHash } from 'node:crypto';
import type { Library } from './library';
import { itemKinds, kinds } from '../schema/registry';
import type { Item } from './model';
import { itemsWith, facetFolders, facetValues, OVERVIEW_SIZE, type FacetFolder, type FacetKey, type ListingPage } from './listings';
import { newestFirst } from './feeds';
import type { PeerOrganization } from './related';
import { reportCardOf, type TriedSummary } from './reports';
import type { EntryHistory } from './history';
import { site } from '../config';
import { styleVersion } from './style-version';

/**
 * Cache keys for Astro's incremental build. A page is skipped when its key is unchanged, so a key
 * must cover everything the page shows: the entry itself and every other entry it mentions.
 */

/** Returns a short digest of any JSON-able value (Sets become arrays), and of the site's styles (see style-version.ts). */
export function digest(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? [...v] : v));
  return createHash('sha1').update(styleVersion()).update(json).digest('base64url');
}

/** Returns what a card shows of an item (listings, related content). */
function cardOf(item: Item) {
  return {
    path: item.path,
    title: item.title,
    summary: item.summary,
    type: item.typeLabel,
    organization: item.organization?.name,
    regions: item.regions.map((r) => r.name),
    evidence: item.evidence?.label,
  };
}

/** Key of an item's page: the item (body included), its organization, related items, what it shows of its peers, of reports about it and of its history, and the committee's address. */
export function itemPageKey(item: Item, related: Item[], peers: PeerOrganization[], shown: { tried?: TriedSummary | undefined; history?: EntryHistory } = {}): string {
  const { tried, history } = shown;
  return digest({
    tried: tried && { ...tried, newest: tried.newest.map(reportCardOf) },
    item,
    history,
    committee: site.committeeEmail,
    related: related.map(cardOf),
    peers: peers.map((p) => ({
      organization: { path: p.organization.path, name: p.organization.name, region: p.organization.region.name },
      sheets: p.sheets.map((sheet) => ({ path: sheet.path, title: sheet.title })),
      more: p.more,
    })),
  });
}

/** Key of a listing page: its cards, its place in the pagination and the « Parcourir » counts of its kind. */
export function listingPageKey(library: Library, listing: ListingPage): string {
  const { kind, facet, page, pageCount, total, path } = listing;
  return digest({
    listing: { kind, facet, page, pageCount, total, path, items: listing.items.map(cardOf) },
    facets: kinds[kind].facets.map((key) => facetValues(library, kind, key)),
  });
}

/** Key of a facet folder's page: its values and counts, and which other facets of its kind have values to browse. */
export function facetFolderKey(library: Library, folder: FacetFolder): string {
  return digest({ folder, others: facetFolders(library, folder.kind).map(({ key, values }) => [key, values.length > 0]) });
}

/** Key of an overview page (a theme, a region, a public, an organization): counts and newest items per kind. */
export function overviewKey(library: Library, facetKey: FacetKey, id: string, extra: unknown): string {
  return digest({
    extra,
    kinds: itemKinds.map((kind) => {
      const items = itemsWith(library, kind, facetKey, id);
      return [items.length, newestFirst(items, OVERVIEW_SIZE).map(cardOf)];
    }),
  });
}
