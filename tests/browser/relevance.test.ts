import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

const browser = useBrowser();

/** Each French query a visitor might type, and an entry that must come up in the first three results. */
const cases: [query: string, expected: string, why: string][] = [
  ['anxiété', '/pratiques/ateliers-anxiete-examens/', 'avec accent'],
  ['anxiete', '/pratiques/ateliers-anxiete-examens/', 'sans accent'],
  ['perseverance', '/pratiques/table-locale-perseverance/', 'accents oubliés dans le titre'],
  ['decrocheurs', '/modeles/facteurs-de-protection/', 'pluriel sans accent'],
  ['benevole', '/outils/trousse-formation-benevoles/', 'singulier d’un mot au pluriel dans le titre'],
  ['bénévoles', '/outils/trousse-formation-benevoles/', 'pluriel avec accent'],
  ['parent', '/pratiques/cafes-parents-ados/', 'singulier d’un mot au pluriel'],
  ['pizza', '/pratiques/mathematiques-en-cuisine/', 'mot présent seulement dans le corps'],
  ['garderie', '/pratiques/cafes-parents-ados/', 'mot du corps, dans un mot composé'],
  ['avoine', '/pratiques/mathematiques-en-cuisine/', 'mot présent seulement après une élision (« d’avoine »)'],
  ['inquietude', '/pratiques/ateliers-anxiete-examens/', 'élision (« l’inquiétude ») et accent oublié'],
  ['essoufflement', '/pratiques/table-locale-perseverance/', 'mot présent seulement après une élision'],
  ['Vents du large', '/organismes/vents-du-large/', 'nom d’un organisme'],
  ['cap reussite', '/organismes/cap-reussite-rimouski/', 'nom d’un organisme, sans accent ni majuscule'],
  ['Abitibi', '/pratiques/intervention-plein-air/', 'nom de région'],
  ['lac saint jean', '/pratiques/mentorat-entre-pairs/', 'partie d’un nom de région écrit avec un tiret demi-cadratin'],
  ['rencontrer les parents', '/pratiques/cafes-parents-ados/', 'besoin en deux mots'],
  ['stage entreprise', '/pratiques/stages-d-un-jour/', 'besoin en deux mots'],
  ['retour aux etudes', '/pratiques/retour-aux-etudes-accompagne/', 'besoin en plusieurs mots, sans accent'],
  ['mentorat', '/pratiques/mentorat-entre-pairs/', 'sujet d’une fiche'],
];

/** Returns the URLs of the first results for a query, from the site's real Pagefind index. */
function topResults(page: Page, query: string, count = 3): Promise<string[]> {
  // A string, not a function: the test runner would rewrite `import()` inside a function it serialises.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const response = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.slice(0, ${count}).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

describe('relevance on the sample library', () => {
  test('has at least 15 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  test('each query finds its expected entry in the first three results', async () => {
    const page = await browser.open('/recherche/');
    const misses: string[] = [];
    for (const [query, expected, why] of cases) {
      const top = await topResults(page, query);
      if (!top.includes(expected)) misses.push(`« ${query} » (${why}) : attendu ${expected}, obtenu ${top.join(', ') || 'aucun résultat'}`);
    }
    expect(misses).toEqual([]);
  });
});
