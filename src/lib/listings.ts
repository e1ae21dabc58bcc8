import type { Library } from './library';
import { facets, kinds, type FacetKey, type ItemKind } from '../schema/registry';
import type { Item } from './model';
import { kindPath } from './slugs';
import { fieldsOf } from './records';
import { compareFrench } from './text';

/** Cards per listing page: a listing page weighs the same whatever the size of the library. */
const LISTING_PAGE_SIZE = 48;
/** Newest items each kind's section shows on an overview page (a theme, a region, a public, an organization). */
export const OVERVIEW_SIZE = 6;

export type { FacetKey } from '../schema/registry';

/** Returns the French name of a facet, as shown in « Parcourir » boxes and listing titles. */
export function facetLabel(key: FacetKey): string {
  return facets[key].label;
}

export interface FacetValue {
  key: FacetKey;
  id: string;
  label: string;
  count: number;
  /** First page of the listing restricted to this value, e.g. `/pratiques/theme/litteratie/`. */
  path: string;
}

export interface ListingPage {
  kind: ItemKind;
  facet?: FacetValue | undefined;
  items: Item[];
  page: number;
  pageCount: number;
  total: number;
  path: string;
  /** Path of the first page of this listing. */
  firstPath: string;
}

/** Returns the facets each kind can be browsed by, with the values an item carries. */
function facetsOf(item: Item): [FacetKey, string, string][] {
  const values: [FacetKey, string, string][] = [
    ...item.themes.map((t): [FacetKey, string, string] => ['theme', t.id, t.label]),
    ...item.regions.map((r): [FacetKey, string, string] => ['region', r.id, r.name]),
    ...item.audiences.map((a): [FacetKey, string, string] => ['public', a.id, a.label]),
  ];
  if (item.evidence) values.push(['preuve', item.evidence.id, item.evidence.label]);
  const type = kinds[item.kind].typeLabel;
  if ('field' in type) values.push(['type', String(fieldsOf(item.data)[type.field]), item.typeLabel]);
  if (item.organization) values.push(['organisme', item.organization.slug, item.organization.name]);
  const shown: readonly FacetKey[] = kinds[item.kind].facets;
  return values.filter(([key]) => shown.includes(key));
}

/** Returns the folder of a kind's listings by one facet, e.g. `/pratiques/organisme/`: its page lists the facet's values. */
export function facetFolderPath(kind: ItemKind, key: FacetKey): string {
  return `${kindPath(kind)}${key}/`;
}

/** Returns the first page of the listing of a kind's items carrying one facet value. */
export function facetListingPath(kind: ItemKind, key: FacetKey, id: string): string {
  return `${facetFolderPath(kind, key)}${id}/`;
}

/** Returns the path of page `page` of a listing whose first page is `firstPath`. */
export function pagePath(firstPath: string, page: number): string {
  return page === 1 ? firstPath : `${firstPath}page/${page}/`;
}

/** Returns a listing cut into pages of `pageSize` items. */
export function paginate(kind: ItemKind, items: Item[], firstPath: string, facet?: FacetValue, pageSize = LISTING_PAGE_SIZE): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    kind,
    facet,
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    page: i + 1,
    pageCount,
    total: items.length,
    path: pagePath(firstPath, i + 1),
    firstPath,
  }));
}

interface FacetIndex {
  values: FacetValue[];
  members: Map<string, Item[]>;
}
const cache = new WeakMap<Library, Map<ItemKind, FacetIndex>>();

/** Returns the facet values of a kind with their counts (most frequent first within each facet), computed once per library. */
function facetIndex(library: Library, kind: ItemKind): FacetIndex {
  const perLibrary = cache.get(library) ?? new Map<ItemKind, FacetIndex>();
  cache.set(library, perLibrary);
  const cached = perLibrary.get(kind);
  if (cached) return cached;
  const members = new Map<string, Item[]>();
  const labels = new Map<string, [FacetKey, string, string]>();
  for (const item of library.items) {
    if (item.kind !== kind) continue;
    for (const facet of facetsOf(item)) {
      const key = `${facet[0]}:${facet[1]}`;
      members.set(key, [...(members.get(key) ?? []), item]);
      labels.set(key, facet);
    }
  }
  const values = [...labels].map(([key, [facetKey, id, label]]): FacetValue => ({
    key: facetKey,
    id,
    label,
    count: members.get(key)!.length,
    path: facetListingPath(kind, facetKey, id),
  }));
  values.sort((a, b) => b.count - a.count || compareFrench(a.label, b.label));
  const entry = { values, members };
  perLibrary.set(kind, entry);
  return entry;
}

/** Returns the values of one facet of a kind, e.g. the themes of the sheets with their counts. */
export function facetValues(library: Library, kind: ItemKind, key: FacetKey): FacetValue[] {
  return facetIndex(library, kind).values.filter((value) => value.key === key);
}

/** Returns the items of a kind carrying one facet value, in listing order. */
export function itemsWith(library: Library, kind: ItemKind, key: FacetKey, id: string): Item[] {
  return facetIndex(library, kind).members.get(`${key}:${id}`) ?? [];
}

/** Returns every listing page of a kind: the whole list, then the list for each facet value. */
export function listingPages(library: Library, kind: ItemKind): ListingPage[] {
  const all = library.items.filter((item) => item.kind === kind);
  const { values, members } = facetIndex(library, kind);
  return [...paginate(kind, all, kindPath(kind)), ...values.flatMap((value) => paginate(kind, members.get(`${value.key}:${value.id}`)!, value.path, value))];
}

/** The page of a facet's folder (`/pratiques/theme/`): every value of that facet with its count and listing. */
export interface FacetFolder {
  kind: ItemKind;
  key: FacetKey;
  path: string;
  values: FacetValue[];
}

/**
 * Returns one folder page per facet a kind is browsed by (registry order), so a visitor who shortens
 * `/pratiques/theme/litteratie/` to `/pratiques/theme/` finds the themes. Values follow their taxonomy's
 * order (regions by code, evidence by rank), or the alphabet when the facet has none (organizations, types).
 */
export function facetFolders(library: Library, kind: ItemKind): FacetFolder[] {
  return kinds[kind].facets.map((key) => {
    const facet = facets[key];
    const taxonomy = 'taxonomy' in facet ? facet.taxonomy : undefined;
    const order: string[] = taxonomy ? library.taxonomies[taxonomy].map((value) => value.id) : [];
    const rank = (value: FacetValue) => (order.includes(value.id) ? order.indexOf(value.id) : order.length);
    const values = [...facetValues(library, kind, key)].sort((a, b) => rank(a) - rank(b) || compareFrench(a.label, b.label));
    return { kind, key, path: facetFolderPath(kind, key), values };
  });
}
