import { List, Map } from 'immutable';

/** True for values a YAML file should not carry: nothing, an empty text, an empty list or object. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (List.isList(value) || Map.isMap(value)) return value.size === 0;
  return false;
}

/**
 * Returns entry data without the optional fields a contributor left empty: Decap writes them as
 * `key: ''`, `key: null`, `key: []` or an object of empty strings, which the content spec forbids
 * (« omit optional keys you don't use »). Nested objects are cleaned first; list items are kept in place.
 * Data without empty values comes back unchanged, key order included.
 */
export function removeEmptyValues<T>(value: T): T {
  if (Map.isMap(value)) {
    const cleaned = (value as Map<unknown, unknown>).map((child) => removeEmptyValues(child)).filter((child) => !isEmpty(child));
    return (cleaned.equals(value) ? value : cleaned) as T;
  }
  if (List.isList(value)) {
    const cleaned = (value as List<unknown>).map((child) => removeEmptyValues(child));
    return (cleaned.equals(value) ? value : cleaned) as T;
  }
  return value;
}
