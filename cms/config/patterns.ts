import { formatMessages, formatPatterns } from '../../src/schema/formats';

type Format = keyof typeof formatPatterns;

const characters = (n: number) => `${n} caractère${n > 1 ? 's' : ''}`;

/** Returns the French rule for a text length, e.g. « entre 3 et 120 caractères », or undefined without limits. */
function lengthRule(min: number, max: number | undefined): string | undefined {
  if (max !== undefined && min > 0) return min === max ? `exactement ${characters(min)}` : `entre ${min} et ${characters(max)}`;
  if (max !== undefined) return `${characters(max)} au plus`;
  if (min > 0) return `au moins ${characters(min)}`;
  return undefined;
}

/**
 * Returns a regular expression source for the trimmed text (first to last non-space character) when its
 * length is between `min` and `max`: `\S`, or `\S…\S` when longer; optional when `min` is 0.
 */
function trimmedText(min: number, max: number | undefined): string {
  if (max === 0) return '';
  const to = max === undefined ? undefined : max - 2;
  const inner = (from: number) => (to === 0 ? '' : to === undefined && from === 0 ? '[\\s\\S]*' : `[\\s\\S]{${from},${to ?? ''}}`);
  const text = min >= 2 ? `\\S${inner(min - 2)}\\S` : max === 1 ? '\\S' : `\\S(?:${inner(0)}\\S)?`;
  return min === 0 ? `(?:${text})?` : text;
}

/**
 * Returns a Decap `pattern` (regular expression source and French message) for a text field's length and
 * format, or undefined when the field has neither. Decap tests patterns on any value but the empty one, a
 * blank one (« ␣␣␣ ») included; `required` refuses only the empty one. The build's Zod schemas trim the text first (leading and
 * trailing `\s`, which is what `String.prototype.trim` removes), then count its length (a required field
 * needs at least one character) and match its format: the pattern does the same, so both accept the same texts.
 */
export function textPattern(options: {
  min?: number | undefined;
  max?: number | undefined;
  format?: Format | undefined;
  required?: boolean | undefined;
}): [string, string] | undefined {
  const format = options.format;
  // A blank text is refused by a format already; without one, a required field needs one character.
  const min = Math.max(options.min ?? 0, options.required && !format ? 1 : 0);
  const length = lengthRule(min, options.max);
  if (!length && !format) return undefined;
  const rules = [format ? formatMessages[format] : undefined, length].filter(Boolean).join(', ');
  if (!format) return [`^\\s*${trimmedText(min, options.max)}\\s*$`, rules];
  const body = formatPatterns[format].source.replace(/^\^|\$$/g, '');
  const lengthCheck = length ? `(?=${trimmedText(min, options.max)}\\s*$)` : '';
  // The format must match the trimmed text exactly: it starts at the first non-space character, and ends
  // where the trailing spaces start (captured first as group 1, so the format's own groups come after).
  return [`^\\s*(?=\\S)${lengthCheck}(?=[\\s\\S]*?(\\s*)$)(?:${body})\\1$`, rules];
}
