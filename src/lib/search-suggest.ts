/**
 * What the search page offers when a query finds nothing: the words of the library nearest to the typed
 * ones. The vocabulary comes from the library's titles and summaries (`/recherche/mots.json`). Pure.
 */
import { editDistance } from './suggest';
import { isStopWord, queryWords, wordKey } from './search-query';

/** Returns the distinct words of some texts worth suggesting: no little words, at least four letters, most frequent first. */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, { word: string; count: number }>();
  for (const text of texts) {
    for (const word of queryWords(text)) {
      if (isStopWord(word) || [...word].length < 4 || /\d/.test(word)) continue;
      const key = wordKey(word);
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { word, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'fr-CA')).map(({ word }) => word);
}

/**
 * Returns up to `limit` words of the vocabulary nearest to the query's words: a word that starts the same way
 * (four letters in common), or one a couple of letters away, never a word of the query itself.
 */
export function nearestWords(query: string, words: readonly string[], limit = 5): string[] {
  const typed = queryWords(query).map(wordKey);
  const scored: { word: string; distance: number; rank: number }[] = [];
  words.forEach((word, rank) => {
    const key = wordKey(word);
    if (typed.includes(key)) return;
    const distance = Math.min(
      ...typed.map((one) => {
        const common = [...one].findIndex((letter, i) => key[i] !== letter);
        const prefix = common === -1 ? one.length : common;
        if (prefix >= 4) return 1 + Math.abs(key.length - one.length) / 10;
        const edits = editDistance(one, key);
        return edits <= Math.max(1, Math.floor(one.length / 4)) ? edits + 1 : Infinity;
      }),
    );
    if (Number.isFinite(distance)) scored.push({ word, distance, rank });
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, limit)
    .map(({ word }) => word);
}
