import type { Field } from './fields';

/** Returns the length limits of a text field as a sentence (« Entre 20 et 300 caractères. »), or undefined when it has none. */
function lengthHint(field: Field): string | undefined {
  if (field.widget !== 'string' && field.widget !== 'text') return undefined;
  const { min, max } = field;
  if (min !== undefined && max !== undefined) return `Entre ${min} et ${max} caractères.`;
  if (max !== undefined) return `${max} caractères au plus.`;
  return min !== undefined ? `Au moins ${min} caractères.` : undefined;
}

/** Returns the hint a form shows under a field: the schema's hint, then the limits the schema enforces. */
export function formHint(field: Field): string | undefined {
  const parts = [field.hint, lengthHint(field)].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : undefined;
}
