import { allKinds, browsableTaxonomies, collectionKinds, committeeCollections, kinds, taxonomies, type BrowsableTaxonomy, type Kind } from '../schema/registry';

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

/** Returns the path of a kind's listing, e.g. `/pratiques/`. */
export function kindPath(kind: Kind): string {
  return `/${kinds[kind].route}/`;
}

/** Returns the path of an entry's page, e.g. `/pratiques/mentorat/`. */
export function entryPath(kind: Kind, slug: string): string {
  return `${kindPath(kind)}${slug}/`;
}

/** Returns the path of a browsable taxonomy's index, e.g. `/regions/`. */
export function taxonomyPath(taxonomy: BrowsableTaxonomy): string {
  return `/${taxonomies[taxonomy].route}/`;
}

/** Returns the path of a taxonomy value's page, e.g. `/regions/estrie/`. */
export function taxonPath(taxonomy: BrowsableTaxonomy, id: string): string {
  return `${taxonomyPath(taxonomy)}${id}/`;
}

/** Returns the CMS address that opens an entry for editing: /admin/ for contributors, /admin/comite/ for committee collections. */
export function editPath(collection: string, slug: string): string {
  const admin = committeeCollections.includes(collection) ? '/admin/comite/' : '/admin/';
  return `${admin}#/collections/${collection}/entries/${slug}`;
}

/**
 * First path segments the site already uses (pages, generated files, `public/` folders, build output):
 * a content page (`content/pages/<slug>.mdx`, served at `/<slug>/`) may not take one of them.
 */
const reservedPageSlugs: readonly string[] = [
  ...allKinds.map((kind) => kinds[kind].route),
  ...browsableTaxonomies.map((name) => taxonomies[name].route),
  'recherche',
  'trousse',
  'proposer',
  'admin',
  'donnees',
  'fichiers',
  'images',
  'pagefind',
  '_astro',
  '404',
  'rss',
  'suivre',
  'sitemap',
  'robots',
  'favicon',
];

/**
 * Returns the address an entry of `collection` named `slug` would take when the site already uses it, or undefined:
 * a content page may not take a top-level path the site uses (`/recherche/`), an entry not its kind's facet folders (`/pratiques/theme/`).
 */
export function takenAddress(collection: string, slug: string): string | undefined {
  if (collection === 'pages') return reservedPageSlugs.includes(slug) ? `/${slug}/` : undefined;
  const kind = collectionKinds[collection];
  const folders: readonly string[] = kind ? kinds[kind].facets : [];
  return kind && folders.includes(slug) ? entryPath(kind, slug) : undefined;
}

/** Letters the `diacritics` package Decap uses spells with two letters or another letter; the rest lose their accent by Unicode decomposition. */
const letterSpellings: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Returns the file name Decap CMS gives a new entry from its title, with this project's slug settings
 * (`encoding: 'ascii'`, `clean_accents: true`, `sanitize_replacement: '-'`): lowercase, straight
 * apostrophes dropped, accents removed, every other character outside `a-z 0-9 _ . ~ -` turned into a
 * hyphen (periods too), hyphens collapsed and trimmed. « L’école » gives `l-ecole`, « L'école » `lecole`.
 */
export function decapSlug(title: string): string {
  return title
    .trim()
    .toLocaleLowerCase()
    .replace(/'/g, '')
    .replace(/\./g, '-')
    .replace(/[œæßøđłðþı]/g, (letter) => letterSpellings[letter]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\-.~]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Returns the file name Decap gives a new entry when `slug` is taken: `slug-1`, `slug-2`… the first
 * one free among `taken` (Decap's `generateUniqueSlug`).
 */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  let candidate = slug;
  for (let i = 1; taken.has(candidate); i++) candidate = `${slug}-${i}`;
  return candidate;
}
