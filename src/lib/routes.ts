import type { Library } from './library';
import { listingPages, type ListingPage } from './listings';
import type { Item, ItemKind } from './model';
import { kindPaths, taxonPath } from './slugs';
import { peerOrganizations, relatedItems, type PeerOrganization } from './related';
import { itemPageKey, listingPageKey } from './cache-keys';

/** Static pages that exist whatever the content. */
export const fixedPaths = ['/', '/recherche/', '/organismes/', '/themes/', '/regions/', '/publics/'];

/** Returns the path of every public HTML page of the library, for the sitemap. */
export function sitePaths(library: Library, pageSlugs: readonly string[]): string[] {
  const { themes, regions, audiences } = library.taxonomies;
  return [
    ...fixedPaths,
    ...pageSlugs.map((slug) => `/${slug}/`),
    ...(['fiche', 'outil', 'modele'] as const).flatMap((kind) => listingPages(library, kind).map((listing) => listing.path)),
    ...library.items.map((item) => item.path),
    ...library.organizations.map((org) => org.path),
    ...themes.map((t) => taxonPath('themes', t.id)),
    ...regions.map((r) => taxonPath('regions', r.id)),
    ...audiences.map((a) => taxonPath('audiences', a.id)),
  ];
}

/** Static paths of a kind's listing pages (`/pratiques/`, `/pratiques/theme/x/page/2/`…), with their cache keys. */
export function listingRoutes(library: Library, kind: ItemKind) {
  const base = `/${kindPaths[kind]}/`;
  return listingPages(library, kind).map((listing) => ({
    params: { listing: listing.path.slice(base.length, -1) || undefined },
    props: { listing } satisfies ListingProps,
    cacheKey: listingPageKey(library, listing),
  }));
}
export interface ListingProps {
  listing: ListingPage;
}

const itemsOfKind = { fiche: 'sheets', outil: 'tools', modele: 'models' } as const satisfies Record<ItemKind, keyof Library>;

/** Static paths of a kind's entry pages, with their related content, peers (sheets only) and cache keys. */
export function entryRoutes(library: Library, kind: ItemKind) {
  return library[itemsOfKind[kind]].map((item) => {
    const related = relatedItems(item, library.related);
    const peers = kind === 'fiche' ? peerOrganizations(item, library.related) : [];
    return { params: { slug: item.slug }, props: { item, related, peers } satisfies EntryProps, cacheKey: itemPageKey(item, related, peers) };
  });
}
export interface EntryProps {
  item: Item;
  related: Item[];
  peers: PeerOrganization[];
}
