import { searchFilters, type SearchFilterKey } from './search-fields';

export const searchSorts = [
  { id: 'pertinence', label: 'Pertinence' },
  { id: 'recent', label: 'Plus récents d’abord' },
  { id: 'titre', label: 'Titre, de A à Z' },
] as const;
type SearchSort = (typeof searchSorts)[number]['id'];

/** Everything a search page shows, as kept in its URL. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSort;
}

const filterKeys = searchFilters.map((filter) => filter.key);
const isSort = (value: string | null): value is SearchSort => searchSorts.some((sort) => sort.id === value);

/** Returns the state written in a URL query (`?q=…&theme=a&theme=b&tri=recent`); unknown parameters are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).filter((value) => /^[a-z0-9-]+$/.test(value)))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('tri');
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters, sort: isSort(sort) ? sort : 'pertinence' };
}

/** Returns the URL query for a state, in a stable order, without empty parts. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'pertinence') params.set('tri', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Returns whether the state asks for anything (a query or at least one filter). */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/** Returns the state without one filter value. */
export function withoutFilter(state: SearchState, key: SearchFilterKey, value: string): SearchState {
  const values = (state.filters[key] ?? []).filter((v) => v !== value);
  const filters = { ...state.filters };
  if (values.length > 0) filters[key] = values;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * Returns Pagefind search options: any of the values within one filter, all filters together.
 * Relevance order needs no sort option; dates sort newest first and titles from A to Z.
 */
export function pagefindOptions(state: SearchState) {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length > 0) filters[key] = { any: values };
  const sort = state.sort === 'recent' ? { date: 'desc' } : state.sort === 'titre' ? { titre: 'asc' } : undefined;
  return sort ? { filters, sort } : { filters };
}

/** Returns the sentence announcing the results, e.g. « 3 résultats pour « parents » ». */
export function resultsSummary(count: number, state: SearchState): string {
  const filterCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  const what = count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count.toLocaleString('fr-CA')} résultats`;
  const query = state.q ? ` pour « ${state.q} »` : '';
  const filters = filterCount === 0 ? '' : filterCount === 1 ? ' avec 1 filtre' : ` avec ${filterCount} filtres`;
  return `${what}${query}${filters}.`;
}
