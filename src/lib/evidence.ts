import type { Field } from '../schema/fields';
import { kinds } from '../schema/registry';
import { formatDate, toIsoDate } from './dates';
import type { Item } from './model';

/** One line of what backs an evidence level: the field's label and its value as a visitor reads it. */
export interface EvidenceDetail {
  name: string;
  label: string;
  text: string;
  /** `AAAA-MM-JJ`, for a date (its `<time datetime>`). */
  iso?: string;
}

/** The sub-fields of the sheets' `evaluation` field, as the schema declares them. */
function evaluationFields(): readonly Field[] {
  const field = kinds.fiche.spec.fields.find((candidate) => candidate.name === 'evaluation');
  return field?.widget === 'object' ? field.fields : [];
}

/**
 * Returns what was measured, how, by whom and when it was checked, for an item whose evidence level
 * comes with an evaluation (sheets only), in the schema's order and with its labels; empty otherwise.
 */
export function evidenceDetails(item: Item): EvidenceDetail[] {
  const evaluation = item.kind === 'fiche' ? item.data.evaluation : undefined;
  if (!evaluation) return [];
  const values: Readonly<Record<string, unknown>> = evaluation;
  return evaluationFields().flatMap((field): EvidenceDetail[] => {
    const value = values[field.name];
    if (value instanceof Date) return [{ name: field.name, label: field.label, text: formatDate(value), iso: toIsoDate(value) }];
    return typeof value === 'string' && value !== '' ? [{ name: field.name, label: field.label, text: value }] : [];
  });
}
