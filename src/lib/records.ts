/** Returns whether a value read from YAML or JSON is a plain object of fields (not a list, not null). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns an entry's fields by name, for code that reads a field the registry names (`toolType`…). */
export function fieldsOf(data: object): Readonly<Record<string, unknown>> {
  return { ...data };
}

/** Returns whether `value` is one of `list`, narrowing it to the list's type (a typed `includes`). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((item) => item === value);
}
