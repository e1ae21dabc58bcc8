import { pagefindOptions, type SearchState } from '../lib/search-state';
import {
  broadenedNote,
  canBroaden,
  exactForms,
  FEW_RESULTS,
  planQuery,
  rankPages,
  SYNONYM_WEIGHT,
  type ConceptHits,
  type QueryPlan,
  type SynonymGroups,
  type Variant,
} from '../lib/search-query';
import { hasFilterChunks, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind-types';

/** What the search page shows: results in order, counts per filter value, and a note when the search was broadened. */
export interface SearchResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  note: string;
}

type Options = ReturnType<typeof pagefindOptions>;
/** Pages found, by id, with their score and the result whose excerpt is shown. */
type Hits = Map<string, { score: number; result: PagefindResult }>;

/** Pagefind answers, kept while the visitor refines a query: the filter counts ask again for the same words. */
const answers = new Map<string, Promise<PagefindResult[]>>();
function find(pagefind: Pagefind, term: string | null, options: Options): Promise<PagefindResult[]> {
  const key = JSON.stringify([term, options]);
  if (answers.size > 200) answers.clear();
  let answer = answers.get(key);
  if (!answer) {
    answer = pagefind.search(term, options).then((response) => response?.results ?? []);
    answers.set(key, answer);
  }
  return answer;
}

let synonyms: Promise<SynonymGroups> | undefined;
/** Loads the committee's synonyms (content/recherche/synonymes.yml) once, when a search first needs them. */
function loadSynonyms(): Promise<SynonymGroups> {
  synonyms ??= fetch('/recherche/synonymes.json')
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : []))
    .then((groups) => (Array.isArray(groups) ? groups.filter((group): group is string[] => Array.isArray(group) && group.every((word) => typeof word === 'string')) : []))
    .catch(() => []);
  return synonyms;
}

/**
 * Returns the pages a variant finds. A short word keeps only the pages where it stands as a whole word
 * (« père », « pères »), ranked by Pagefind's own score; a short word typed by the visitor that the library
 * never uses as a whole word falls back to the longer words it starts (« psy »: « psychologue »).
 */
async function variantHits(pagefind: Pagefind, variant: Variant, filters: Options): Promise<Hits> {
  const ranked = await find(pagefind, variant.words.join(' '), filters);
  const scores = new Map(ranked.map((result) => [result.id, result.score]));
  let kept = ranked;
  if (variant.exact) {
    const forms = exactForms(variant.words[0]!);
    const exact = (await Promise.all(forms.map((form) => find(pagefind, `"${form}"`, filters)))).flat();
    // A synonym is always a whole word; a typed word the library never uses whole is rather its longer words than nothing.
    const whole = variant.synonym || exact.length > 0 || (await Promise.all(forms.map((form) => find(pagefind, `"${form}"`, { filters: {} })))).some((found) => found.length > 0);
    // The exact search's result highlights the whole word in its excerpt, not the longer words.
    if (whole) kept = exact;
  }
  const hits: Hits = new Map();
  for (const result of kept) if (!hits.has(result.id)) hits.set(result.id, { score: scores.get(result.id) ?? 0, result });
  return hits;
}

/** Returns the pages of one concept: through its typed words, and through any of its variants (synonyms count less). */
async function conceptHits(pagefind: Pagefind, variants: Variant[], filters: Options): Promise<ConceptHits & { best: Hits }> {
  const found = await Promise.all(variants.map((variant) => variantHits(pagefind, variant, filters)));
  const best: Hits = new Map();
  found.forEach((hits, i) => {
    const weight = variants[i]!.synonym ? SYNONYM_WEIGHT : 1;
    for (const [id, hit] of hits) if ((best.get(id)?.score ?? -1) < hit.score * weight) best.set(id, { score: hit.score * weight, result: hit.result });
  });
  const scoresOf = (hits: Hits) => new Map([...hits].map(([id, hit]) => [id, hit.score]));
  return { typed: scoresOf(found[0] ?? best), any: scoresOf(best), best };
}

/** Up to this many results are counted from their own fragments: the first ones are loaded for display anyway. */
const COUNTED_ONE_BY_ONE = 20;

let valueIds: Promise<Map<string, Map<string, Set<string>>>> | undefined;
/** Returns, once, the pages of every filter value (one filter-only search per value), to count larger sets of results. */
function filterValueIds(pagefind: Pagefind): Promise<Map<string, Map<string, Set<string>>>> {
  valueIds ??= pagefind.filters().then(async (all) => {
    const entries = Object.entries(all).flatMap(([key, values]) => Object.keys(values).map((value) => [key, value] as const));
    const found = await Promise.all(entries.map(([key, value]) => pagefind.search(null, { filters: { [key]: { any: [value] } } })));
    const map = new Map<string, Map<string, Set<string>>>();
    entries.forEach(([key, value], i) => {
      if (!map.has(key)) map.set(key, new Map());
      map.get(key)!.set(value, new Set(found[i]?.results.map((result) => result.id)));
    });
    return map;
  });
  return valueIds;
}

/** Returns the counts per filter value of a set of results, as Pagefind gives them for its own searches. */
async function countsOf(pagefind: Pagefind, results: PagefindResult[]): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  if (results.length <= COUNTED_ONE_BY_ONE) {
    for (const { filters } of await Promise.all(results.map((result) => result.data()))) {
      for (const [key, values] of Object.entries(filters ?? {})) for (const value of values) (counts[key] ??= {})[value] = (counts[key][value] ?? 0) + 1;
    }
    return counts;
  }
  const ids = new Set(results.map((result) => result.id));
  for (const [key, values] of await filterValueIds(pagefind)) {
    counts[key] = {};
    for (const [value, pages] of values) counts[key][value] = [...pages].filter((id) => ids.has(id)).length;
  }
  return counts;
}

/**
 * Searches concept by concept and combines the pages here: only pages with every typed word, or, when
 * `broaden`, every page with at least one concept (its words or a synonym), those with every word first.
 */
async function combined(pagefind: Pagefind, plan: QueryPlan, state: SearchState, broaden: boolean): Promise<SearchResponse> {
  const options = pagefindOptions(state);
  const filters = { filters: options.filters };
  const concepts = await Promise.all(plan.concepts.map((concept) => conceptHits(pagefind, broaden ? concept.variants : concept.variants.slice(0, 1), filters)));
  const order = 'sort' in options ? new Map((await find(pagefind, null, options)).map((result, i) => [result.id, i])) : undefined;
  const ranked = rankPages(concepts, order).filter((page) => broaden || page.strict);
  const results = ranked.map((page) => concepts.map((concept) => concept.best.get(page.id)).reduce((a, b) => ((b?.score ?? -1) > (a?.score ?? -1) ? b : a))!.result);
  const strict = ranked.filter((page) => page.strict).length;
  return {
    results,
    filters: hasFilterChunks() ? await countsOf(pagefind, results) : {},
    note: broaden ? broadenedNote(results.length, strict, plan) : '',
  };
}

/**
 * Runs a search for the page: Pagefind's own all-words search when it finds enough; otherwise, and for short
 * words, the words one by one, combined here, with the committee's synonyms when every word together finds
 * fewer than FEW_RESULTS pages.
 */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchResponse | null> {
  const plan = planQuery(state.q);
  if (!state.q || plan.quoted) {
    const response = await pagefind.search(state.q || null, pagefindOptions(state));
    return response && { results: response.results, filters: response.filters, note: '' };
  }
  let strict: SearchResponse | null;
  if (plan.hasShortWord) strict = await combined(pagefind, plan, state, false);
  else {
    const response = await pagefind.search(plan.words.join(' '), pagefindOptions(state));
    strict = response && { results: response.results, filters: response.filters, note: '' };
  }
  if (!strict || strict.results.length >= FEW_RESULTS) return strict;
  const broad = planQuery(state.q, await loadSynonyms());
  return canBroaden(broad) ? combined(pagefind, broad, state, true) : strict;
}
