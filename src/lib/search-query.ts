/**
 * How the search page reads a visitor's query before asking Pagefind: words without the little words
 * of French, short words matched exactly, synonyms from the committee's list, and the fallback to
 * « at least one word » when every word together finds too little. Pure, so it is unit tested.
 */

/** Fewer results than this with every word, and the search also shows pages with some of the words or a synonym. */
export const FEW_RESULTS = 5;

/** Words too common to tell pages apart: Pagefind would match them (and their prefixes) on every page. */
const stopWords = new Set(
  (
    'a à au aux avec c ce ces cet cette comment d dans de des du elle elles en et eux il ils j je l la le les leur leurs lui m ma mais me mes moi mon ' +
    'n ne nos notre nous on ou où par pas pour qu quel quelle quelles quels que qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y'
  ).split(' '),
);

/** Elided articles and pronouns before an apostrophe: « l’école », « d’avoine », « qu’on ». */
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u;

/** Returns a word in lower case without accents, the form words are compared in. */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr-CA');
}

/** Returns a folded word without its plural mark, so « familles » and « famille » compare equal. */
function singular(folded: string): string {
  return folded.length > 3 ? folded.replace(/[sx]$/, '') : folded;
}

/** Returns whether a word is one of the little words of French the search leaves out (« de », « les », « aux »…). */
export function isStopWord(word: string): boolean {
  return stopWords.has(foldWord(word));
}

/** Returns the key two words are compared by: folded and singular, so « Familles » matches « famille ». */
export function wordKey(word: string): string {
  return singular(foldWord(word));
}

/**
 * Returns the words of a query as Pagefind should search them: lower case, elisions and hyphens split off,
 * little words left out (all of them kept when the query has nothing else).
 */
export function queryWords(query: string): string[] {
  const words = query
    .toLocaleLowerCase('fr-CA')
    .replace(/[’ʼ]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(elision, '').replace(/^'+|'+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const meaningful = words.filter((word) => !isStopWord(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Returns whether a word is too short to be matched by prefix: Pagefind matches the start of words, so
 * « père » (stem « per ») would also find « persévérance » and « personnel ». A word whose root, once
 * its plural and final « e » are dropped, has three letters or fewer is matched as a whole word.
 */
export function isShortWord(word: string): boolean {
  return [...singular(foldWord(word)).replace(/e$/, '')].length <= 3;
}

/** Returns the whole-word forms a short word is searched under: itself and its plural or singular (« ado », « ados »). */
export function exactForms(word: string): string[] {
  const forms = /[sx]$/.test(word) ? [word, word.slice(0, -1)] : [word, `${word}s`, ...(/[ae]u$/.test(word) ? [`${word}x`] : [])];
  return [...new Set(forms)];
}

/** One way to find a concept: words searched together, and whether they come from the synonym list. */
export interface Variant {
  words: string[];
  /** A single short word: matched as a whole word, not as the start of longer ones. */
  exact: boolean;
  synonym: boolean;
}

/** One idea of the query (a word, or an expression of the synonym list) and the ways to find it. */
interface Concept {
  text: string;
  variants: Variant[];
}

export interface QueryPlan {
  /** The query's words, as the all-words search gets them. */
  words: string[];
  /** A query in quotation marks: a phrase Pagefind searches as written, never broadened. */
  quoted: boolean;
  concepts: Concept[];
  /** Some word is matched as a whole word, which Pagefind's own all-words search cannot do. */
  hasShortWord: boolean;
}

/** Groups of words and expressions the search treats as equivalent (content/recherche/synonymes.yml). */
export type SynonymGroups = readonly (readonly string[])[];

function variantOf(words: string[], synonym: boolean): Variant {
  return { words, exact: words.length === 1 && isShortWord(words[0]!), synonym };
}

/** A synonym group's members, each as the words it is compared by (folded, singular) and searched with. */
function indexGroups(groups: SynonymGroups) {
  return groups.map((members) =>
    members
      .map((member) => ({ words: queryWords(member) }))
      .filter((member) => member.words.length > 0)
      .map((member) => ({ ...member, keys: member.words.map(wordKey) })),
  );
}

/**
 * Returns how to search a query: its words, and one concept per word or per expression of the synonym
 * list it contains (the longest expression wins: « abandon scolaire » before « abandon »).
 */
export function planQuery(query: string, groups: SynonymGroups = []): QueryPlan {
  const quoted = /^\s*".+"\s*$/.test(query);
  const words = queryWords(query);
  const keys = words.map(wordKey);
  const members = indexGroups(groups).flatMap((group) => group.map((member) => ({ ...member, group })));
  const concepts: Concept[] = [];
  for (let at = 0; at < words.length;) {
    const matches = members.filter((member) => member.keys.every((key, i) => keys[at + i] === key));
    const length = Math.max(1, ...matches.map((member) => member.keys.length));
    const typed = words.slice(at, at + length);
    const typedKey = typed.map(wordKey).join(' ');
    const others = matches
      .filter((member) => member.keys.length === length)
      .flatMap((member) => member.group)
      .filter((other) => other.keys.join(' ') !== typedKey);
    const unique = [...new Map(others.map((other) => [other.keys.join(' '), other.words])).values()];
    concepts.push({ text: typed.join(' '), variants: [variantOf(typed, false), ...unique.map((other) => variantOf(other, true))] });
    at += length;
  }
  return { words, quoted, concepts, hasShortWord: concepts.some((concept) => concept.variants[0]!.exact) };
}

/** Returns whether a plan can find more than its all-words search: several concepts, or synonyms. */
export function canBroaden(plan: QueryPlan): boolean {
  return !plan.quoted && (plan.concepts.length > 1 || plan.concepts.some((concept) => concept.variants.length > 1));
}

/** Pages one concept found, by page id, with their score: through the typed words only, and through any variant. */
export interface ConceptHits {
  typed: ReadonlyMap<string, number>;
  any: ReadonlyMap<string, number>;
}

/** How much a page found only through a synonym counts, against the typed word. */
export const SYNONYM_WEIGHT = 0.6;

export interface RankedPage {
  id: string;
  /** Every concept found through the words as typed. */
  strict: boolean;
  /** How many concepts the page has, typed or through a synonym. */
  matched: number;
  score: number;
}

/**
 * Returns the pages of a broadened search in the order shown: pages with every word first, then those
 * with the most concepts, then by score (or by `order`, a position per page id, for the date and title sorts).
 */
export function rankPages(concepts: readonly ConceptHits[], order?: ReadonlyMap<string, number>): RankedPage[] {
  const ids = new Set(concepts.flatMap((concept) => [...concept.any.keys()]));
  const pages = [...ids].map((id) => ({
    id,
    strict: concepts.every((concept) => concept.typed.has(id)),
    matched: concepts.filter((concept) => concept.any.has(id)).length,
    score: concepts.reduce((sum, concept) => sum + (concept.any.get(id) ?? 0), 0),
  }));
  const position = (id: string) => order?.get(id) ?? Number.MAX_SAFE_INTEGER;
  return pages.sort(
    (a, b) => Number(b.strict) - Number(a.strict) || (order ? position(a.id) - position(b.id) : b.matched - a.matched || b.score - a.score || a.id.localeCompare(b.id)),
  );
}

/**
 * Returns the sentence that follows the results count when the search was broadened, so that a visitor
 * knows why some results lack a word: empty when every result has every word.
 */
export function broadenedNote(count: number, strict: number, plan: Pick<QueryPlan, 'words' | 'concepts'>): string {
  if (count === 0 || strict >= count) return '';
  const several = plan.concepts.length > 1;
  const what = several ? 'tous les mots' : plan.words.length > 1 ? 'cette expression' : 'ce mot';
  const rest = several ? 'en contiennent au moins un, ou un mot proche' : 'contiennent un mot proche';
  if (strict === 0) return `Aucun ne contient ${what} ; voici ceux qui ${rest}.`;
  const first = strict === 1 ? 'Le premier contient' : `Les ${strict.toLocaleString('fr-CA')} premiers contiennent`;
  return `${first} ${what} ; les suivants ${rest}.`;
}
