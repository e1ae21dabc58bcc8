import type { Item, Organization } from './model';
import { allKinds, facets, kinds } from '../schema/registry';
import { slugify } from './slugs';
import { capitalize } from './text';
import { toIsoDate } from './dates';

/** Search filters, in the order the search page shows them; keys are also the URL parameters. */
export const searchFilters = [
  { key: 'type', label: 'Type de contenu' },
  { key: 'theme', label: facets.theme.label },
  { key: 'public', label: facets.public.label },
  { key: 'region', label: facets.region.label },
  { key: 'preuve', label: facets.preuve.label },
  { key: 'organisme', label: facets.organisme.label },
] as const;
export type SearchFilterKey = (typeof searchFilters)[number]['key'];

/** Values of the `type` filter (each kind of the registry, then the editorial pages) and their labels. */
export const searchTypes: readonly { id: string; label: string }[] = [
  ...allKinds.map((kind) => ({ id: kind, label: capitalize(kinds[kind].nouns.many) })),
  { id: 'page', label: 'Pages' },
];

/** What the index records about a page besides its text: filters (ids), sorts and result-card metadata. */
export interface SearchFields {
  filters: [SearchFilterKey, string][];
  sorts: [string, string][];
  meta: [string, string][];
}

/** Returns the search fields of a sheet, tool or model. */
export function itemSearchFields(item: Item): SearchFields {
  const filters: [SearchFilterKey, string][] = [
    ['type', item.kind],
    ...item.themes.map((t): [SearchFilterKey, string] => ['theme', t.id]),
    ...item.audiences.map((a): [SearchFilterKey, string] => ['public', a.id]),
    ...item.regions.map((r): [SearchFilterKey, string] => ['region', r.id]),
  ];
  if (item.evidence) filters.push(['preuve', item.evidence.id]);
  if (item.organization) filters.push(['organisme', item.organization.slug]);
  const meta: [string, string][] = [
    ['type', item.typeLabel],
    ['resume', item.summary],
  ];
  if (item.organization) meta.push(['organisme', item.organization.name]);
  if (item.regions.length > 0) meta.push(['region', item.regions.map((r) => r.name).join(', ')]);
  return {
    filters,
    sorts: [
      ['date', toIsoDate(item.published)],
      ['titre', slugify(item.title)],
    ],
    meta,
  };
}

/** Returns the search fields of an organization's page. */
export function organizationSearchFields(org: Organization): SearchFields {
  return {
    filters: [
      ['type', 'organisme'],
      ['region', org.region.id],
      ['organisme', org.slug],
    ],
    sorts: [
      ['date', `${org.memberSince}-01-01`],
      ['titre', slugify(org.name)],
    ],
    meta: [
      ['type', 'Organisme'],
      ['resume', org.mission],
      ['region', org.region.name],
    ],
  };
}

/** Returns the search fields of an editorial page (La communauté, Contribuer…). */
export function pageSearchFields(title: string, description: string): SearchFields {
  return {
    filters: [['type', 'page']],
    sorts: [['titre', slugify(title)]],
    meta: [
      ['type', 'Page'],
      ['resume', description],
    ],
  };
}

/** Pages per filter value, as Pagefind counts them for an empty search: filter → value → pages. */
export type FilterTotals = Record<string, Record<string, number>>;

/**
 * Counts the filter values of every indexed page. The search page prints these counts at build time,
 * so it shows them without loading the index; a page that lists a value twice counts once.
 */
export function filterTotals(pages: SearchFields[]): FilterTotals {
  const totals: FilterTotals = {};
  for (const page of pages) {
    for (const pair of new Set(page.filters.map(([key, value]) => `${key}\u0000${value}`))) {
      const [key, value] = pair.split('\u0000') as [string, string];
      const counts = (totals[key] ??= {});
      counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return totals;
}
