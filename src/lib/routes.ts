import type { Library } from './library';
import { facetFolders, listingPages } from './listings';
import { kinds, type ItemKind } from '../schema/registry';
import { itemKey, type Item } from './model';
import { triedSummary } from './reports';
import { kindPath } from './slugs';
import { peerOrganizations, relatedItems } from './related';
import { facetFolderKey, itemPageKey, listingPageKey } from './cache-keys';
import { entryHistory, type HistorySource } from './history';
import { toIsoDate } from './dates';

/**
 * Static paths of a kind's listing pages (`/pratiques/`, `/pratiques/theme/x/page/2/`…) and of its facet
 * folders (`/pratiques/theme/`, which list a facet's values: `folder` in props), with their cache keys.
 */
export function listingRoutes(library: Library, kind: ItemKind) {
  const base = kindPath(kind);
  const param = (path: string) => path.slice(base.length, -1) || undefined;
  return [
    ...listingPages(library, kind).map((listing) => ({ params: { listing: param(listing.path) }, props: { listing }, cacheKey: listingPageKey(library, listing) })),
    ...facetFolders(library, kind).map((folder) => ({ params: { listing: param(folder.path) }, props: { folder }, cacheKey: facetFolderKey(library, folder) })),
  ];
}

/**
 * Static paths of a kind's entry pages, with their related content, peers (where the registry shows them),
 * reports about them, history (from `history`, src/data/history.ts) and cache keys.
 */
export function entryRoutes(library: Library, kind: ItemKind, history: HistorySource = {}) {
  const { folder, extension } = kinds[kind].spec;
  const names = new Map(library.organizations.map((org) => [org.slug, org.name]));
  const organizationName = (slug: string) => names.get(slug);
  return library.byKind[kind].map((item: Item) => {
    const related = relatedItems(item, library.related);
    const peers = kinds[kind].showsPeers ? peerOrganizations(item, library.related) : [];
    const tried = triedSummary(item, library.reportsByEntry.get(itemKey(item)) ?? []);
    const changes = entryHistory(history, `${folder}/${item.slug}.${extension}`, { reviewed: item.reviewed && toIsoDate(item.reviewed), organizationName });
    return {
      params: { slug: item.slug },
      props: { item, related, peers, tried, history: changes },
      cacheKey: itemPageKey(item, related, peers, { tried, history: changes }),
    };
  });
}
