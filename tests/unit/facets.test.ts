import { describe, expect, test } from 'vitest';
import { countFacet } from '../../src/lib/facets';

const themes = [
  { id: 'a', label: 'Éducation' },
  { id: 'b', label: 'Arts' },
  { id: 'c', label: 'Zoo' },
];

describe('countFacet', () => {
  test('counts items per value, most frequent first, then alphabetically', () => {
    const items = [{ t: [themes[0]!] }, { t: [themes[1]!, themes[0]!] }, { t: [themes[1]!] }, { t: [] }];
    expect(countFacet(items, (i) => i.t, themes).map(({ value, count }) => [value.id, count])).toEqual([
      ['b', 2],
      ['a', 2],
    ]);
  });

  test('counts an item once even if it repeats a value', () => {
    expect(countFacet([{ t: [themes[2]!, themes[2]!] }], (i) => i.t, themes)).toEqual([{ value: themes[2], count: 1 }]);
  });
});
