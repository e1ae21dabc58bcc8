/**
 * Checks of the text the search index keeps for each page, the text its excerpts are cut from: a label of the
 * page (« Téléphone », « Site Web », « Publics ») must never be glued to a value (« Téléphone819 »).
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Returns the text of an HTML fragment: tags dropped, common entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (entity, name: string) => entities[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Returns the labels a page prints beside its values: the terms of its definition lists (`<dt>`). */
export function labelsIn(html: string): string[] {
  return [...html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>/g)].map(([, inner]) => textOf(inner!)).filter((label) => /\p{L}/u.test(label));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Returns the match at `at` in `text` with the two words on each side, to show where a problem is. */
function around(text: string, at: number, length: number): string {
  const before = /(?:\S+\s+){0,2}\S*$/u.exec(text.slice(0, at))?.[0] ?? '';
  const after = /^\S*(?:\s+\S+){0,2}/u.exec(text.slice(at + length))?.[0] ?? '';
  return `${before}${text.slice(at, at + length)}${after}`.trim();
}

/**
 * Returns the places where a label is glued to the text beside it: followed by a digit or a capital
 * (« Téléphone819 », « Site WebCap »), or preceded by a letter or a digit (« 0163Site Web »).
 */
export function gluedLabels(text: string, labels: Iterable<string>): string[] {
  const found: string[] = [];
  for (const label of new Set(labels)) {
    const glued = new RegExp(`(?<=[\\p{L}\\p{N}])${escape(label)}|${escape(label)}(?=[\\p{Lu}\\p{N}])`, 'gu');
    for (const match of text.matchAll(glued)) found.push(around(text, match.index, label.length));
  }
  return found;
}

/**
 * Returns the places where two pieces of text look glued whatever the labels: a word of three letters or
 * more followed by a digit (« Téléphone819 »), a digit followed by a capitalised word (« 0163Site »).
 * Brand names in one word (« LibreOffice », « PowerPoint ») are not flagged.
 */
export function gluedWords(text: string): string[] {
  return [...text.matchAll(/\p{L}{3,}\p{N}|\p{N}\p{Lu}\p{Ll}/gu)].map((match) => around(text, match.index, match[0].length));
}
