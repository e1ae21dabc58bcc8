import { describe, expect, test } from 'vitest';
import { filterTotals, pageSearchFields, type SearchFields } from '../../src/lib/search-fields';

const page = (filters: SearchFields['filters']): SearchFields => ({ filters, sorts: [], meta: [] });

describe('filterTotals', () => {
  test('counts the pages that carry each filter value', () => {
    const totals = filterTotals([
      page([
        ['type', 'fiche'],
        ['theme', 'parents'],
        ['theme', 'transition'],
      ]),
      page([
        ['type', 'fiche'],
        ['theme', 'parents'],
      ]),
      page([
        ['type', 'outil'],
        ['region', 'estrie'],
      ]),
      pageSearchFields('Contribuer', 'Proposer une pratique.'),
    ]);
    expect(totals).toEqual({
      type: { fiche: 2, outil: 1, page: 1 },
      theme: { parents: 2, transition: 1 },
      region: { estrie: 1 },
    });
  });
  test('counts a page once when it repeats a value', () => {
    expect(
      filterTotals([
        page([
          ['theme', 'parents'],
          ['theme', 'parents'],
        ]),
      ]),
    ).toEqual({ theme: { parents: 1 } });
  });
  test('is empty without pages', () => {
    expect(filterTotals([])).toEqual({});
  });
});
