import { formatMessages, formatPatterns } from '../../src/schema/formats';

type Format = keyof typeof formatPatterns;

/** Returns the French rule for a text length, e.g. « entre 3 et 120 caractères », or undefined without limits. */
function lengthRule(min: number, max: number | undefined): string | undefined {
  if (max !== undefined && min > 0) return min === max ? `exactement ${min} caractères` : `entre ${min} et ${max} caractères`;
  if (max !== undefined) return `${max} caractères au plus`;
  if (min > 0) return `au moins ${min} caractères`;
  return undefined;
}

/**
 * Returns a Decap `pattern` (regular expression source and French message) for a text field's length and
 * format, or undefined when the field has neither. Decap only checks patterns on non-empty values;
 * `required` covers emptiness. The limits count characters the way the Zod schema does (string length).
 */
export function textPattern(options: { min?: number | undefined; max?: number | undefined; format?: Format | undefined }): [string, string] | undefined {
  const min = options.min ?? 0;
  const length = lengthRule(min, options.max);
  const format = options.format;
  if (!length && !format) return undefined;
  const count = `[\\s\\S]{${min},${options.max ?? ''}}`;
  const rules = [format ? formatMessages[format] : undefined, length].filter(Boolean).join(', ');
  if (!format) return [`^${count}$`, rules];
  const body = formatPatterns[format].source.replace(/^\^|\$$/g, '');
  return [length ? `^(?=${count}$)(?:${body})$` : `^(?:${body})$`, rules];
}
