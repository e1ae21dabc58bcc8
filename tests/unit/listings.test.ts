import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { facetValues, itemsWith, listingPages, pagePath, paginate } from '../../src/lib/listings';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);

describe('paginate', () => {
  test('cuts a list into pages with stable paths', () => {
    const pages = paginate('fiche', library.byKind.fiche, '/pratiques/', undefined, 2);
    expect(pages.map((p) => [p.path, p.items.map((i) => i.slug), p.page, p.pageCount, p.total])).toEqual([
      ['/pratiques/', ['alpha', 'beta'], 1, 2, 3],
      ['/pratiques/page/2/', ['gamma'], 2, 2, 3],
    ]);
  });
  test('keeps one empty first page for an empty list', () => {
    expect(paginate('modele', [], '/modeles/').map((p) => [p.path, p.items.length])).toEqual([['/modeles/', 0]]);
  });
  test('pagePath leaves the first page at the listing address', () => {
    expect(pagePath('/outils/theme/litteratie/', 1)).toBe('/outils/theme/litteratie/');
    expect(pagePath('/outils/theme/litteratie/', 3)).toBe('/outils/theme/litteratie/page/3/');
  });
});

describe('facets of a kind', () => {
  test('count the items per value, most frequent first', () => {
    expect(facetValues(library, 'fiche', 'theme').map((v) => [v.id, v.count, v.path])).toEqual([
      ['perseverance-scolaire', 2, '/pratiques/theme/perseverance-scolaire/'],
      ['litteratie', 1, '/pratiques/theme/litteratie/'],
    ]);
    expect(facetValues(library, 'fiche', 'organisme').map((v) => [v.label, v.count])).toEqual([
      ['Org B', 2],
      ['Org A', 1],
    ]);
  });
  test('give tools a type facet and sheets an evidence facet', () => {
    expect(facetValues(library, 'outil', 'type').map((v) => v.label)).toEqual(['Grille d’observation']);
    expect(facetValues(library, 'fiche', 'preuve').map((v) => v.label)).toEqual(['Expérience terrain']);
    expect(facetValues(library, 'fiche', 'type')).toEqual([]);
  });
  test('itemsWith lists the items carrying a value', () => {
    expect(itemsWith(library, 'fiche', 'region', 'montreal').map((i) => i.slug)).toEqual(['beta']);
  });
});

describe('listingPages', () => {
  test('gives the whole list, then one listing per facet value, each path once', () => {
    const paths = listingPages(library, 'fiche').map((p) => p.path);
    expect(paths[0]).toBe('/pratiques/');
    expect(paths).toContain('/pratiques/region/montreal/');
    expect(paths).toContain('/pratiques/organisme/org-b/');
    expect(new Set(paths).size).toBe(paths.length);
  });
});
