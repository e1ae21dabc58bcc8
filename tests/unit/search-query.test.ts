import { describe, expect, test } from 'vitest';
import { broadenedNote, canBroaden, exactForms, isShortWord, planQuery, queryWords, rankPages, type ConceptHits } from '../../src/lib/search-query';

const groups = [
  ['implication', 'engagement', 'participation'],
  ['parent', 'parental', 'famille'],
  ['décrochage', 'abandon scolaire'],
  ['raccrochage', 'retour aux études'],
];
const variants = (query: string) => planQuery(query, groups).concepts.map((concept) => concept.variants.map((variant) => variant.words.join(' ')));

describe('queryWords', () => {
  test('leaves out the little words, elisions and punctuation, in lower case', () => {
    expect(queryWords('Implication des parents')).toEqual(['implication', 'parents']);
    expect(queryWords('l’école et d’avoine, jusqu’au bout!')).toEqual(['école', 'avoine', 'bout']);
  });
  test('splits hyphenated words, and keeps the little words of a query that has nothing else', () => {
    expect(queryWords('parents-ados Saguenay–Lac-Saint-Jean')).toEqual(['parents', 'ados', 'saguenay', 'lac', 'saint', 'jean']);
    expect(queryWords('de la')).toEqual(['de', 'la']);
    expect(queryWords('  ')).toEqual([]);
  });
});

describe('short words', () => {
  test('a word whose root has three letters or fewer is short, with or without its plural and accents', () => {
    for (const word of ['père', 'Pères', 'mère', 'ado', 'ados', 'jeu', 'jeux', 'art', 'rôle']) expect(isShortWord(word), word).toBe(true);
    for (const word of ['parent', 'math', 'stage', 'persévérance', 'école']) expect(isShortWord(word), word).toBe(false);
  });
  test('is searched as itself and its plural or singular', () => {
    expect(exactForms('père')).toEqual(['père', 'pères']);
    expect(exactForms('ados')).toEqual(['ados', 'ado']);
    expect(exactForms('jeu')).toEqual(['jeu', 'jeus', 'jeux']);
  });
  test('marks its variant exact, so the plan cannot be left to Pagefind’s prefix search', () => {
    const plan = planQuery('rôle du père');
    expect(plan.words).toEqual(['rôle', 'père']);
    expect(plan.concepts.map((concept) => concept.variants[0]!.exact)).toEqual([true, true]);
    expect(plan.hasShortWord).toBe(true);
    expect(planQuery('persévérance scolaire').hasShortWord).toBe(false);
  });
});

describe('planQuery', () => {
  test('makes one concept per word, with the synonyms of its group after the typed word', () => {
    expect(variants('implication des parents')).toEqual([
      ['implication', 'engagement', 'participation'],
      ['parents', 'parental', 'famille'],
    ]);
    // « parents » matches « parent »: plural and accents do not matter, and the typed word is not repeated.
    expect(variants('IMPLICATION PARENT')[1]).toEqual(['parent', 'parental', 'famille']);
  });
  test('takes an expression of the list as one concept, the longest one first', () => {
    expect(variants('abandon scolaire au secondaire')).toEqual([['abandon scolaire', 'décrochage'], ['secondaire']]);
    expect(variants('retour aux etudes')).toEqual([['retour etudes', 'raccrochage']]);
    expect(variants('raccrochage')).toEqual([['raccrochage', 'retour études']]);
  });
  test('marks synonyms, so they count less than the typed words', () => {
    const [concept] = planQuery('décrochage', groups).concepts;
    expect(concept!.variants.map((variant) => variant.synonym)).toEqual([false, true]);
  });
  test('never broadens a quoted phrase, nor a single word without synonyms', () => {
    expect(canBroaden(planQuery('"implication des parents"', groups))).toBe(false);
    expect(canBroaden(planQuery('canot', groups))).toBe(false);
    expect(canBroaden(planQuery('raccrochage', groups))).toBe(true);
    expect(canBroaden(planQuery('canot camping', groups))).toBe(true);
  });
});

describe('rankPages', () => {
  const hits = (typed: Record<string, number>, synonyms: Record<string, number> = {}): ConceptHits => ({
    typed: new Map(Object.entries(typed)),
    any: new Map(Object.entries({ ...synonyms, ...typed })),
  });
  const concepts = [hits({ a: 1, b: 5, c: 2 }), hits({ a: 1, d: 9 }, { b: 0.5 })];

  test('puts pages with every typed word first, then those with the most concepts, then by score', () => {
    expect(rankPages(concepts).map((page) => [page.id, page.strict, page.matched])).toEqual([
      ['a', true, 2],
      ['b', false, 2],
      ['d', false, 1],
      ['c', false, 1],
    ]);
  });
  test('follows the date or title order after the pages with every word', () => {
    const order = new Map(['d', 'c', 'b', 'a'].map((id, i) => [id, i]));
    expect(rankPages(concepts, order).map((page) => page.id)).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('broadenedNote', () => {
  const plan = planQuery('implication des parents', groups);
  test('says when no result has every word', () => {
    expect(broadenedNote(12, 0, plan)).toBe('Aucun ne contient tous les mots ; voici ceux qui en contiennent au moins un, ou un mot proche.');
  });
  test('says how many results have every word when some do', () => {
    expect(broadenedNote(12, 1, plan)).toBe('Le premier contient tous les mots ; les suivants en contiennent au moins un, ou un mot proche.');
    expect(broadenedNote(12, 2, plan)).toBe('Les 2 premiers contiennent tous les mots ; les suivants en contiennent au moins un, ou un mot proche.');
  });
  test('speaks of one word or one expression when the query is one', () => {
    expect(broadenedNote(9, 1, planQuery('raccrochage', groups))).toBe('Le premier contient ce mot ; les suivants contiennent un mot proche.');
    expect(broadenedNote(3, 0, planQuery('abandon scolaire', groups))).toBe('Aucun ne contient cette expression ; voici ceux qui contiennent un mot proche.');
  });
  test('says nothing when every result has every word, or when there is none', () => {
    expect(broadenedNote(4, 4, plan)).toBe('');
    expect(broadenedNote(0, 0, plan)).toBe('');
  });
});
