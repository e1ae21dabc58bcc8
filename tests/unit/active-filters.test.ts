import { describe, expect, test } from 'vitest';
import { activeFilters, activeFilterText, filterToggleCount } from '../../src/lib/active-filters';
import { parseSearchState } from '../../src/lib/search-state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('activeFilters', () => {
  test('lists every ticked value, in the order of the filter pane whatever the order of the URL', () => {
    expect(activeFilters(parse('q=parents&region=mauricie&theme=b&theme=a&type=fiche'))).toEqual([
      { key: 'type', value: 'fiche' },
      { key: 'theme', value: 'b' },
      { key: 'theme', value: 'a' },
      { key: 'region', value: 'mauricie' },
    ]);
  });
  test('is empty without filters (a query and a sort are not filters)', () => {
    expect(activeFilters(parse('q=parents&tri=titre'))).toEqual([]);
  });
});

describe('the texts of the filter toggle and of the removable filters', () => {
  test('count the ticked values, and say nothing when there is none', () => {
    expect(filterToggleCount(parse('q=parents'))).toBe('');
    expect(filterToggleCount(parse('type=fiche'))).toBe(' (1)');
    expect(filterToggleCount(parse('type=fiche&type=outil&region=estrie'))).toBe(' (3)');
  });
  test('join a filter and its value with a French colon that does not start a line', () => {
    expect(activeFilterText(' Thème ', 'Persévérance scolaire\n')).toBe('Thème\u00a0: Persévérance scolaire');
  });
});
