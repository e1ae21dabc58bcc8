import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { gluedLabels, gluedWords } from '../../src/lib/index-check';
import { issueQueries } from '../../scripts/lib/issue-queries.mjs';

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

/** Returns the URLs of the first results of each query, from the site's real Pagefind index, loaded once for them all. */
function topResults(page: Page, queries: string[], count = 3): Promise<string[][]> {
  // A string, not a function: the test runner would rewrite `import()` inside a function it serialises.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const top = [];
    for (const query of ${JSON.stringify(queries)}) {
      const response = await pagefind.search(query);
      const data = await Promise.all(response.results.slice(0, ${count}).map((r) => r.data()));
      top.push(data.map((d) => d.url));
    }
    return top;
  })()`);
}

describe('relevance on the sample library', () => {
  test('has at least 15 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  test('each query finds its expected entry in the first three results', async () => {
    const page = await browser.open('/recherche/');
    const misses: string[] = [];
    const tops = await topResults(
      page,
      cases.map(([query]) => query),
    );
    for (const [i, [query, expected, why]] of cases.entries()) {
      const top = tops[i]!;
      if (!top.includes(expected)) misses.push(`« ${query} » (${why}) : attendu ${expected}, obtenu ${top.join(', ') || 'aucun résultat'}`);
    }
    expect(misses).toEqual([]);
  });
});

/**
 * Shows `path` (`/recherche/?q=…`) on the search page: the first time by loading it, then on the same page the way
 * Back and Forward do (the address changes, the page reads it again), so the index and its chunks load once per test.
 */
async function goToSearch(path: string, on?: Page): Promise<Page> {
  if (!on) return browser.open(path);
  await on.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  return on;
}

/** What the search page shows for a query, once its results and counts are settled; `on` reuses a search page of the same test. */
async function searchPage(path: string, on?: Page): Promise<{ page: Page; summary: string; paths: string[]; excerpts: string[] }> {
  const page = await goToSearch(path, on);
  const status = page.getByRole('status');
  const query = new URL(path, 'http://x').searchParams.get('q')!;
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`résultats? pour « ${RegExp.escape(query)} »`));
  await expect.poll(() => page.locator('.pane[aria-busy]').count(), { timeout: 15_000 }).toBe(0);
  const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
  while (await more.isVisible()) {
    const before = await page.locator('.result').count();
    await more.click();
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(before);
  }
  return {
    page,
    summary: ((await status.textContent()) ?? '').trim(),
    paths: await page.locator('.result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    excerpts: await page.locator('.result-excerpt').allTextContents(),
  };
}

const q = (query: string, extra = '') => `/recherche/?q=${encodeURIComponent(query)}${extra}`;

describe('a search that forgives: no dead ends, through the search page', () => {
  test('« implication des parents », which no page has in full, falls back to pages with some of its words or a synonym, and says so', async () => {
    const { summary, paths } = await searchPage(q('implication des parents'));
    expect(summary).toMatch(/^\d+ résultats pour « implication des parents »\. Aucun ne contient tous les mots ; voici ceux qui en contiennent au moins un, ou un mot proche\.$/);
    expect(paths.slice(0, 5)).toEqual(expect.arrayContaining(['/modeles/approche-ecole-famille-communaute/', '/pratiques/cafes-parents-ados/']));
  });

  test('« implication parentale » finds the school-family model first, through « engagement » and « parental »', async () => {
    const { summary, paths } = await searchPage(q('implication parentale'));
    expect(summary).toMatch(/Aucun ne contient tous les mots/);
    expect(paths[0]).toBe('/modeles/approche-ecole-famille-communaute/');
  });

  test('a synonym of the committee’s list finds pages without the typed word, after those with it', async () => {
    const { summary, paths } = await searchPage(q('raccrochage'));
    // The sheet, then any other page with the word (a question, an event), then those with a synonym.
    const exact = /^\d+ résultats pour « raccrochage »\. (?:Le premier contient|Les (\d+) premiers contiennent) ce mot ; les suivants contiennent un mot proche\.$/.exec(summary);
    expect(exact, summary).not.toBeNull();
    const withWord = Number(exact![1] ?? 1);
    expect(paths[0]).toBe('/pratiques/retour-aux-etudes-accompagne/');
    // The template says « retour aux études », never « raccrochage ».
    expect(paths.slice(withWord, withWord + 3)).toContain('/outils/gabarit-plan-retour-etudes/');
  });

  test('an expression of the list is one idea: « abandon scolaire adolescents » finds the dropout factors through « décrochage » and « jeune »', async () => {
    const { summary, paths } = await searchPage(q('abandon scolaire adolescents'));
    expect(summary).toMatch(/Aucun ne contient tous les mots/);
    expect(paths.slice(0, 3)).toContain('/modeles/facteurs-de-protection/');
  });

  test('the fallback keeps the filters, the sort and the counts: every result is a tool, in title order, as many as the count says', async () => {
    const { page, summary, paths } = await searchPage(q('implication des parents', '&type=outil&tri=titre'));
    expect(summary).toMatch(/^\d+ résultats pour « implication des parents » avec 1 filtre\. Aucun ne contient/);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(paths.every((path) => path.startsWith('/outils/'))).toBe(true);
    const titles = await page.locator('.result-title a').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr-CA')));
    expect(await page.locator('[data-count="type:outil"]').textContent()).toBe(`(${paths.length})`);
  });

  test('a query every word of which is found together is not broadened', async () => {
    const { summary } = await searchPage(q('mentorat'));
    expect(summary).toMatch(/^\d+ résultats pour « mentorat »\.$/);
  });
});

describe('no noise from short words', () => {
  test('« père » finds the pages with « père » or « pères », not « persévérance », « période » or « personnel »', async () => {
    const { summary, paths, excerpts } = await searchPage(q('père'));
    expect(summary).toBe(`${paths.length} résultats pour « père ».`);
    expect(paths[0]).toBe('/pratiques/cafes-parents-ados/');
    expect(paths).not.toContain('/pratiques/table-locale-perseverance/');
    for (const excerpt of excerpts) expect(excerpt).toMatch(/\bpères?\b/);
  });

  test('« ado » finds « ados » and « parent-ado », not « adopter »', async () => {
    const { paths } = await searchPage(q('ado'));
    expect(paths).toEqual(expect.arrayContaining(['/pratiques/cafes-parents-ados/', '/pratiques/intervention-plein-air/']));
    expect(paths).not.toContain('/modeles/politique-type-conciliation/');
  });

  test('a short word the library never uses whole still finds the longer words it starts: « psy »', async () => {
    const { paths } = await searchPage(q('psy'));
    expect(paths).toContain('/pratiques/ateliers-anxiete-examens/');
  });
});

describe('clean excerpts', () => {
  test('excerpts of typical queries read as prose: no label, no value glued to its label', async () => {
    let page: Page | undefined;
    for (const query of ['parents', 'Rimouski', 'anxiété', 'Vents du large', 'bénévoles', 'stage']) {
      const shown = await searchPage(q(query), page);
      page = shown.page;
      const { excerpts } = shown;
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(
          [...gluedWords(excerpt), ...gluedLabels(excerpt, ['Téléphone', 'Courriel', 'Site Web', 'Membre depuis', 'Publics', 'Thèmes', 'Régions'])],
          `${query} : ${excerpt}`,
        ).toEqual([]);
        expect(excerpt, query).not.toMatch(/Courriel|Téléphone|Membre depuis|Fiche de pratique|environ \d+ min/);
      }
    }
  });
});

/** The first results the search page shows for a query (the first ten, before « Afficher plus »); `on` reuses a search page of the same test. */
async function firstResults(query: string, on?: Page): Promise<{ page: Page; paths: string[] }> {
  const page = await goToSearch(q(query), on);
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`« ${query} »`);
  const paths = await page.locator('.result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { page, paths };
}

const genericPages = ['/communaute/', '/contribuer/', '/echelle-des-preuves/', '/licences/'];

describe('the eighteen searches of issue 24 (scripts/lib/issue-queries.mjs), through the search page', () => {
  test('each finds a page that answers it in its first three results, never a generic page first; only « garçons », which no page mentions, finds nothing', async () => {
    const misses: string[] = [];
    const empty: string[] = [];
    let page: Page | undefined;
    for (const { query, onTopic } of issueQueries) {
      const shown = await firstResults(query, page);
      page = shown.page;
      const paths = shown.paths;
      if (paths.length === 0) empty.push(query);
      else if (genericPages.includes(paths[0]!)) misses.push(`« ${query} » : page générale ${paths[0]} en premier`);
      else if (!paths.slice(0, 3).some((path) => onTopic.includes(path))) misses.push(`« ${query} » : ${paths.slice(0, 3).join(', ')}`);
    }
    expect(misses).toEqual([]);
    expect(empty).toEqual(['garçons']);
  });

  test('« immigrants » finds the pages that say « nouvellement arrivés », through the committee’s synonyms', async () => {
    const { paths } = await firstResults('immigrants');
    expect(paths).toEqual(
      expect.arrayContaining(['/rencontres/webinaire-parents-nouvellement-arrives/', '/experiences/mentorat-gatineau-classe-accueil/', '/pratiques/mathematiques-en-cuisine/']),
    );
  });

  test('« mentoring » finds the mentoring sheet, not only a bibliography line', async () => {
    expect((await firstResults('mentoring')).paths.slice(0, 3)).toContain('/pratiques/mentorat-entre-pairs/');
  });

  test('« parents qui ne viennent pas aux rencontres » finds the parents’ café sheet and its guide', async () => {
    const paths = (await firstResults('parents qui ne viennent pas aux rencontres')).paths.slice(0, 5);
    expect(paths).toEqual(expect.arrayContaining(['/pratiques/cafes-parents-ados/', '/outils/guide-animation-cafes-parents/']));
  });

  test('« estime de soi » is one idea: not « estimation » in the cooking sheet, nor « chez soi » in the generic pages', async () => {
    const { paths } = await firstResults('estime de soi');
    expect(paths[0]).toBe('/pratiques/intervention-plein-air/');
    expect(paths).not.toContain('/pratiques/mathematiques-en-cuisine/');
    for (const generic of genericPages) expect(paths).not.toContain(generic);
  });

  test('« évaluation des résultats » puts the sheets before the evidence scale page', async () => {
    const { paths } = await firstResults('évaluation des résultats');
    expect(paths[0]).not.toBe('/echelle-des-preuves/');
    expect(paths[0]).toMatch(/^\/(pratiques|outils|modeles)\//);
  });
});

/** A second set: the other words of the committee's list, each with a page it must bring up in the first three results. */
const everydayWords: [query: string, expected: string][] = [
  ['nouveaux arrivants', '/rencontres/webinaire-parents-nouvellement-arrives/'],
  ['familles immigrantes', '/rencontres/webinaire-parents-nouvellement-arrives/'],
  ['confiance en soi', '/pratiques/intervention-plein-air/'],
  ['stress', '/outils/questionnaire-stress-scolaire/'],
  ['mentor', '/pratiques/mentorat-entre-pairs/'],
  ['bénévolat', '/outils/trousse-formation-benevoles/'],
  ['littératie', '/pratiques/club-de-lecture-en-famille/'],
  ['dropout', '/modeles/facteurs-de-protection/'],
  ['jeunes ayant quitté l’école', '/pratiques/retour-aux-etudes-accompagne/'],
];

describe('everyday words of the field, through the search page', () => {
  test('each brings up its page in the first three results', async () => {
    const misses: string[] = [];
    let page: Page | undefined;
    for (const [query, expected] of everydayWords) {
      const shown = await firstResults(query, page);
      page = shown.page;
      const top = shown.paths.slice(0, 3);
      if (!top.includes(expected)) misses.push(`« ${query} » : attendu ${expected}, obtenu ${top.join(', ') || 'aucun résultat'}`);
    }
    expect(misses).toEqual([]);
  });
});
