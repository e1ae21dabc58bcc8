import type { Library } from './library';
import { listingPages } from './listings';
import { taxonPath } from './slugs';

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
