import { fixedOptions, taxonomyOf, type Field, type TaxonomyName } from '../../schema/fields';
import { optionLabel } from '../../schema/options';
import { shorten } from './markdown';
import { isRecord } from '../records';

/** Names a reviewer reads instead of ids: taxonomy labels and entry titles, by id. */
export interface ValueNames {
  taxonomies: Partial<Record<TaxonomyName, ReadonlyMap<string, string>>>;
  entries: Partial<Record<string, ReadonlyMap<string, string>>>;
}

/** A front-matter field whose value changed, as plain text (not yet escaped for Markdown). */
export interface FieldChange {
  /** French label from the schema (`Ressources nécessaires › Ressources humaines` inside an object). */
  label: string;
  /** Value before and after, shortened; undefined when the field was empty. */
  before: string | undefined;
  after: string | undefined;
}

/** Longest value (or list item) shown in the report; a longer one is cut, and a list past three times as long. */
const maxValueLength = 120;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Returns a value as JSON with its keys in order, so two equal values always compare equal. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => !isEmpty(item));
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Returns one value of `field` as a reviewer reads it: option and taxonomy labels, entry titles, « oui »/« non ». */
function showOne(field: Field | undefined, value: unknown, names: ValueNames): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return value.toLocaleString('fr-CA');
  if (typeof value !== 'string') {
    if (isRecord(value) && field && 'fields' in field) {
      const parts = field.fields.flatMap((sub) => (isEmpty(value[sub.name]) ? [] : [showOne(sub, value[sub.name], names)]));
      return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(', ')})` : (parts[0] ?? '');
    }
    return JSON.stringify(value);
  }
  if (field?.widget === 'select') {
    const taxonomy = taxonomyOf(field);
    return taxonomy ? (names.taxonomies[taxonomy]?.get(value) ?? value) : optionLabel(fixedOptions(field) ?? [], value);
  }
  if (field?.widget === 'relation') return names.entries[field.collection]?.get(value) ?? value;
  return value;
}

/** Returns a field's value as one short line of text, or undefined when it is empty. */
function showValue(field: Field | undefined, value: unknown, names: ValueNames): string | undefined {
  if (isEmpty(value)) return undefined;
  const separator = field?.widget === 'string-list' || field?.widget === 'list' ? ' ; ' : ', ';
  if (!Array.isArray(value)) return shorten(showOne(field, value, names), maxValueLength);
  return shorten(value.map((item) => shorten(showOne(field, item, names), maxValueLength)).join(separator), 3 * maxValueLength);
}

/**
 * Returns the change of a list too long to show whole (attachments, references…) as its items removed and
 * its items added, or undefined when the whole list fits or only its order changed.
 */
function listChange(field: Field, label: string, old: unknown, now: unknown, names: ValueNames): FieldChange | undefined {
  const [before, after] = [old, now].map((value): unknown[] => (Array.isArray(value) ? value : isEmpty(value) ? [] : [value]));
  const fits = [before, after].every((items) => [...(showValue(field, items, names) ?? '')].length < maxValueLength);
  if (!Array.isArray(old) || !Array.isArray(now) || fits) return undefined;
  const keys = (items: unknown[]) => new Set(items.map(canonical));
  const [oldKeys, newKeys] = [keys(before!), keys(after!)];
  const removed = before!.filter((item) => !newKeys.has(canonical(item)));
  const added = after!.filter((item) => !oldKeys.has(canonical(item)));
  if (removed.length === 0 && added.length === 0) return undefined;
  return { label: `${label} (éléments changés)`, before: showValue(field, removed, names), after: showValue(field, added, names) };
}

/**
 * Returns the fields whose value differs between two versions of an entry, in the schema's order, then
 * the fields the schema does not know (named by their key). An object field is compared field by field.
 */
export function fieldChanges(fields: readonly Field[], before: Record<string, unknown>, after: Record<string, unknown>, names: ValueNames, parentLabel = ''): FieldChange[] {
  const changes: FieldChange[] = [];
  const record = (value: unknown): Readonly<Record<string, unknown>> => (isRecord(value) ? value : {});
  for (const field of fields) {
    const label = parentLabel ? `${parentLabel} › ${field.label}` : field.label;
    const [old, now] = [before[field.name], after[field.name]];
    if (canonical(isEmpty(old) ? null : old) === canonical(isEmpty(now) ? null : now)) continue;
    if (field.widget === 'object') changes.push(...fieldChanges(field.fields, record(old), record(now), names, label));
    else changes.push(listChange(field, label, old, now, names) ?? { label, before: showValue(field, old, names), after: showValue(field, now, names) });
  }
  const known = new Set(fields.map((field) => field.name));
  const unknown = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !known.has(key)).sort();
  for (const key of unknown) {
    if (canonical(isEmpty(before[key]) ? null : before[key]) === canonical(isEmpty(after[key]) ? null : after[key])) continue;
    changes.push({ label: parentLabel ? `${parentLabel} › ${key}` : key, before: showValue(undefined, before[key], names), after: showValue(undefined, after[key], names) });
  }
  return changes;
}

/**
 * Returns how many lines of a body changed: the larger of the lines removed and the lines added, so an
 * edited line counts once. Past a few million comparisons, it counts every line between the first and
 * the last difference.
 */
export function changedLineCount(before: string, after: string): number {
  let old = before.split(/\r?\n/);
  let now = after.split(/\r?\n/);
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
  old = old.slice(start, old.length - end);
  now = now.slice(start, now.length - end);
  if (old.length * now.length > 4_000_000) return Math.max(old.length, now.length);
  // Longest common subsequence, one row at a time.
  let row = new Array<number>(now.length + 1).fill(0);
  for (const line of old) {
    const next = new Array<number>(now.length + 1).fill(0);
    for (let j = 0; j < now.length; j++) next[j + 1] = line === now[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!);
    row = next;
  }
  const common = row[now.length]!;
  return Math.max(old.length - common, now.length - common);
}
