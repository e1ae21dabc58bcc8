import { List, Map } from 'immutable';

type Data = Map<string, unknown>;
type FieldConfig = Map<string, unknown>;

/** Returns a text value of the entry, or '' when absent. */
export function text(data: Data, ...path: string[]): string {
  const value = data.getIn(path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Returns the values of a list field (or the single value of a one-value field) as strings. */
export function values(data: Data, name: string): string[] {
  const value = data.get(name);
  if (List.isList(value)) return value.toArray().map(String).filter(Boolean);
  return typeof value === 'string' && value ? [value] : [];
}

/** Returns the items of a list of objects (attachments, files) as plain records. */
export function records(data: Data, name: string): Record<string, string>[] {
  const value = data.get(name);
  return List.isList(value)
    ? value
        .toArray()
        .filter(Map.isMap)
        .map((item) => (item as Data).toJS() as Record<string, string>)
    : [];
}

/**
 * Returns a function giving the label of a select field's value (« Persévérance scolaire » for
 * `perseverance-scolaire`), from the options in the CMS configuration; unknown values come back as is.
 */
export function optionLabels(fields: List<FieldConfig>, name: string): (value: string) => string {
  const field = fields.find((candidate) => candidate.get('name') === name);
  const options = field?.get('options');
  const labels = new globalThis.Map<string, string>();
  if (List.isList(options)) {
    for (const option of options.toArray()) {
      if (Map.isMap(option)) labels.set(String((option as Data).get('value')), String((option as Data).get('label')));
    }
  }
  return (value) => labels.get(value) ?? value;
}
