/** Returns the reading time of a Markdown body in whole minutes (at least 1), at 200 words a minute. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/[#>*_|`[\]()-]/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
  return Math.max(1, Math.ceil(words / 200));
}

/** Returns items joined as a French list: « a, b et c ». */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** Returns the French plural form when `count` is 2 or more (French treats 0 and 1 as singular). */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('fr-CA')} ${count >= 2 ? pluralForm : singular}`;
}

const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true });

/** Compares two strings in French alphabetical order (accents and case ignored). */
export function compareFrench(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Returns `text` with its first letter in upper case: « fiches de pratique » → « Fiches de pratique ». */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
