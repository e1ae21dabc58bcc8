/** Returns a URL-safe slug: no accents, lowercase, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Content kinds and the French path segment of their listing. */
export const kindPaths = {
  fiche: 'pratiques',
  outil: 'outils',
  modele: 'modeles',
  organisme: 'organismes',
} as const;
export type Kind = keyof typeof kindPaths;

/** Returns the path of an entry's page, e.g. `/pratiques/mentorat/`. */
export function entryPath(kind: Kind, slug: string): string {
  return `/${kindPaths[kind]}/${slug}/`;
}

/** Taxonomies that have their own browsable pages, and their path segment. */
export const taxonomyPaths = { themes: 'themes', regions: 'regions', audiences: 'publics' } as const;

/** Returns the path of a taxonomy value's page, e.g. `/regions/estrie/`. */
export function taxonPath(taxonomy: keyof typeof taxonomyPaths, id: string): string {
  return `/${taxonomyPaths[taxonomy]}/${id}/`;
}

/** Returns the CMS address that opens an entry for editing. */
export function editPath(collection: string, slug: string): string {
  return `/admin/#/collections/${collection}/entries/${slug}`;
}

/**
 * First path segments the site already uses (pages, generated files, `public/` folders, build output):
 * a content page (`content/pages/<slug>.mdx`, served at `/<slug>/`) may not take one of them.
 */
export const reservedPageSlugs = [
  ...Object.values(kindPaths),
  ...Object.values(taxonomyPaths),
  'recherche', 'admin', 'donnees', 'fichiers', 'images', 'pagefind', '_astro', '404', 'rss', 'sitemap', 'robots', 'favicon',
] as const;

/** Returns whether `slug` may name a content page (it does not clash with a path the site already uses). */
export function isReservedPageSlug(slug: string): boolean {
  return (reservedPageSlugs as readonly string[]).includes(slug);
}
