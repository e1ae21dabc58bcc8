/**
 * Pagefind splits words on ASCII punctuation only: « l’école » (typographic apostrophe) would be indexed
 * as one word, « lécole », and « Saguenay–Lac-Saint-Jean » (en dash) as one long word. Their ASCII
 * equivalents between letters make the indexer see each word.
 */
export function prepareForIndex(html: string): string {
  return html.replace(/(\p{L})[’ʼ](?=\p{L})/gu, "$1'").replace(/(\p{L})[–‑](?=\p{L})/gu, '$1-');
}

/** Returns display text with typographic apostrophes restored between letters. */
export function restoreApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}
