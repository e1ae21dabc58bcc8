import type { Field } from '../../src/schema/fields';
import { isRecord } from '../../src/lib/records';

/** What the preview of a community entry (event, experience, question) shows around its title and body. */
export interface CommunityParts {
  /** Short fields, as « En bref » pairs: their label and their value as read. */
  brief: { term: string; value: string }[];
  /** Longer texts (a `text` field, a list of answers), each under its label. */
  texts: { title: string; paragraphs: string[] }[];
}

/** Gives the label of a select's or a relation's value (« En ligne » for `en-ligne`). */
export type LabelOf = (field: Field, value: string) => string;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Returns a short value as a reviewer reads it: labels, « oui »/« non », a list joined with commas. */
function shown(field: Field, value: unknown, labelOf: LabelOf): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.map((item) => shown(field, item, labelOf)).join(', ');
  if (isRecord(value) && 'fields' in field) return field.fields.flatMap((sub) => (isEmpty(value[sub.name]) ? [] : [shown(sub, value[sub.name], labelOf)])).join(', ');
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return field.widget === 'select' || field.widget === 'relation' ? labelOf(field, text) : text;
}

/**
 * Returns the parts of a community entry's preview from its fields, in the schema's order: the title and the
 * body are shown apart; a `text` field and a list of objects (the answers to a question) get a section each.
 */
export function communityParts(fields: readonly Field[], data: Readonly<Record<string, unknown>>, labelOf: LabelOf): CommunityParts {
  const parts: CommunityParts = { brief: [], texts: [] };
  for (const field of fields) {
    const value = data[field.name];
    if (field.name === 'title' || isEmpty(value)) continue;
    if (field.widget === 'text') parts.texts.push({ title: field.label, paragraphs: [String(value)] });
    else if (field.widget === 'list' && Array.isArray(value)) {
      const paragraphs = value.filter(isRecord).map((item) => field.fields.flatMap((sub) => (isEmpty(item[sub.name]) ? [] : [shown(sub, item[sub.name], labelOf)])).join(' — '));
      parts.texts.push({ title: field.label, paragraphs });
    } else parts.brief.push({ term: field.label, value: shown(field, value, labelOf) });
  }
  return parts;
}
