import { searchFilters, type SearchFilterKey } from './search-fields';
import type { SearchState } from './search-state';

/** One ticked filter value of a search. */
export interface ActiveFilter {
  key: SearchFilterKey;
  value: string;
}

/** Returns the ticked filter values of a state, in the order the filter pane lists its filters. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  return searchFilters.flatMap(({ key }) => (state.filters[key] ?? []).map((value) => ({ key, value })));
}

/** Returns the text of a removable filter, « Thème : Persévérance scolaire » (no line break before the colon). */
export function activeFilterText(filterLabel: string, valueLabel: string): string {
  return `${filterLabel.trim()}\u00a0: ${valueLabel.trim()}`;
}

/** Returns what follows « Filtres » on the filter toggle: nothing, or « (2) » with two ticked values. */
export function filterToggleCount(state: SearchState): string {
  const count = activeFilters(state).length;
  return count === 0 ? '' : ` (${count})`;
}
