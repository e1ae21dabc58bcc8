import { fixedOptions } from '../schema/fields';
import { optionLabel } from '../schema/options';
import { kinds } from '../schema/registry';
import type { Item } from './model';
import { fieldsOf } from './records';

/** One line of « En bref »: the field's label and its value as a visitor reads it. */
export interface BriefFact {
  name: string;
  label: string;
  text: string;
}

/**
 * Returns the practical facts « En bref » shows for an item: the fields its kind lists in the registry
 * (`briefFields`), labelled as in the schema, choices shown by their label, empty fields left out.
 */
export function briefFacts(item: Item): BriefFact[] {
  const { spec, briefFields } = kinds[item.kind];
  const data = fieldsOf(item.data);
  return briefFields.flatMap((name) => {
    const field = spec.fields.find((candidate) => candidate.name === name);
    const value = data[name];
    if (!field || (typeof value !== 'string' && typeof value !== 'number') || value === '') return [];
    const options = fixedOptions(field);
    return [{ name, label: field.label, text: options ? optionLabel(options, String(value)) : String(value) }];
  });
}
