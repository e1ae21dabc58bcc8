import { stringify } from 'yaml';
import type { Field } from '../../schema/fields';
import { slugify } from '../slugs';
import type { ProposalKind } from './kinds';

/** What was typed in the form: one text per field (`place.city` for a field of an object), a list for a multiple choice, and the body's sections. */
export interface ProposalValues {
  fields: Record<string, string | readonly string[]>;
  /** One text per section of the kind's body (`spec.bodySections`), in order. */
  sections: readonly string[];
}

/** A proposed entry: the file the committee would add, path from the project root and text. */
export interface ProposedFile {
  path: string;
  text: string;
}

/** Returns a typed value without its surrounding spaces, or undefined when nothing is left. */
function typed(value: string | readonly string[] | undefined): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    const list = value.map((item) => item.trim()).filter(Boolean);
    return list.length ? list : undefined;
  }
  return value.trim() || undefined;
}

/** Returns a field's value from the form, `prefix` naming the object it belongs to (`place.`). */
function valueOf(field: Field, values: ProposalValues['fields'], prefix: string): unknown {
  if (field.widget === 'object') {
    const entries = field.fields.map((sub) => [sub.name, valueOf(sub, values, `${prefix}${field.name}.`)] as const).filter(([, value]) => value !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  const value = typed(values[`${prefix}${field.name}`]);
  if (field.widget === 'select' && field.multiple && typeof value === 'string') return [value];
  return value;
}

/** Returns the value the proposal sets for a field the form does not ask: today for a required date, a choice's default. */
function presetOf(field: Field, today: string): unknown {
  if (field.widget === 'date' && field.required) return today;
  if (field.widget === 'select' && field.required && field.default !== undefined) return field.default;
  return undefined;
}

/** Returns the body: each section under its `##` heading, empty sections left out. */
function bodyOf(kind: ProposalKind, sections: readonly string[]): string {
  return kind.spec.bodySections
    .map((heading, index) => [heading, sections[index]?.trim() ?? ''] as const)
    .filter(([, text]) => text)
    .map(([heading, text]) => `## ${heading}\n\n${text.replace(/\r\n?/g, '\n')}\n`)
    .join('\n');
}

/**
 * Returns the entry file a proposal makes: front matter in the schema's order (asked fields as typed, the
 * publication date and defaults preset) and the body's sections; named after its title.
 * @param today the proposal's date, AAAA-MM-JJ (Québec time)
 */
export function proposedFile(kind: ProposalKind, values: ProposalValues, today: string): ProposedFile {
  const data: Record<string, unknown> = {};
  for (const field of kind.spec.fields) {
    const value = kind.asked.includes(field.name) ? valueOf(field, values.fields, '') : presetOf(field, today);
    if (value !== undefined) data[field.name] = value;
  }
  const yaml = stringify(data, { lineWidth: 0 });
  const slug =
    slugify(typeof data.title === 'string' ? data.title : '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'proposition';
  const body = bodyOf(kind, values.sections);
  return { path: `content/${kind.spec.folder}/${slug}.${kind.spec.extension}`, text: `---\n${yaml}---\n${body ? `\n${body}` : ''}` };
}
