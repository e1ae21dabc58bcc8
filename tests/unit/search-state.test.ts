import { describe, expect, test } from 'vitest';
import { isActive, pagefindOptions, parseSearchState, resultsSummary, searchStateToQuery, withoutFilter } from '../../src/lib/search-state';
import { restoreApostrophes, prepareForIndex } from '../../src/lib/search-text';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  test('reads the query, repeated filters and the sort', () => {
    expect(parse('q=+parents+&theme=a&theme=b&region=estrie&tri=recent')).toEqual({
      q: 'parents',
      filters: { theme: ['a', 'b'], region: ['estrie'] },
      sort: 'recent',
    });
  });
  test('ignores unknown parameters, malformed values and duplicates', () => {
    expect(parse('foo=1&theme=<script>&theme=a&theme=a&tri=hasard')).toEqual({ q: '', filters: { theme: ['a'] }, sort: 'pertinence' });
  });
});

describe('searchStateToQuery', () => {
  test('writes a stable, shareable query and round-trips', () => {
    const state = parse('tri=titre&region=estrie&q=l’école&theme=b&theme=a');
    const query = searchStateToQuery(state);
    expect(query).toBe('?q=l%E2%80%99%C3%A9cole&theme=b&theme=a&region=estrie&tri=titre');
    expect(parse(query.slice(1))).toEqual(state);
  });
  test('is empty for an empty state', () => {
    expect(searchStateToQuery(parse(''))).toBe('');
    expect(isActive(parse(''))).toBe(false);
    expect(isActive(parse('region=estrie'))).toBe(true);
  });
});

describe('withoutFilter', () => {
  test('removes one value and drops the filter when it is empty', () => {
    const state = parse('theme=a&theme=b&region=estrie');
    expect(withoutFilter(state, 'theme', 'a').filters).toEqual({ theme: ['b'], region: ['estrie'] });
    expect(withoutFilter(state, 'region', 'estrie').filters).toEqual({ theme: ['a', 'b'] });
  });
});

describe('pagefindOptions', () => {
  test('uses any-of within a filter and sorts as asked', () => {
    expect(pagefindOptions(parse('theme=a&theme=b&region=x&tri=recent'))).toEqual({
      filters: { theme: { any: ['a', 'b'] }, region: { any: ['x'] } },
      sort: { date: 'desc' },
    });
    expect(pagefindOptions(parse('tri=titre'))).toEqual({ filters: {}, sort: { titre: 'asc' } });
    expect(pagefindOptions(parse('q=x'))).toEqual({ filters: {} });
  });
});

describe('resultsSummary', () => {
  test('announces the count in French', () => {
    expect(resultsSummary(0, parse('q=zzz'))).toBe('Aucun résultat pour « zzz ».');
    expect(resultsSummary(1, parse('q=a&theme=x'))).toBe('1 résultat pour « a » avec 1 filtre.');
    expect(resultsSummary(1234, parse('theme=x&region=y'))).toBe('1\u00a0234 résultats avec 2 filtres.');
  });
});

describe('prepareForIndex', () => {
  test('turns typographic apostrophes between letters into straight ones, for the indexer', () => {
    expect(prepareForIndex('<p>l’école d’intervention, aujourd’hui</p>')).toBe("<p>l'école d'intervention, aujourd'hui</p>");
    expect(prepareForIndex('« citation ’ seule »')).toBe('« citation ’ seule »');
    expect(restoreApostrophes("l'école")).toBe('l’école');
  });
  test('turns en dashes between letters into hyphens, so each part of a region name is a word', () => {
    expect(prepareForIndex('Saguenay–Lac-Saint-Jean, 2019 – 2020')).toBe('Saguenay-Lac-Saint-Jean, 2019 – 2020');
  });
});
