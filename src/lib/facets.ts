import { compareFrench } from './text';

export interface FacetCount<T> {
  value: T;
  count: number;
}

/** Returns each value of `values` with the number of items carrying it, most frequent first; values no item carries are left out. */
export function countFacet<I, T extends { id: string; label?: string; name?: string }>(
  items: readonly I[],
  valuesOf: (item: I) => readonly T[],
  values: readonly T[],
): FacetCount<T>[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const id of new Set(valuesOf(item).map((value) => value.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const nameOf = (value: T) => value.label ?? value.name ?? value.id;
  return values
    .map((value) => ({ value, count: counts.get(value.id) ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || compareFrench(nameOf(a.value), nameOf(b.value)));
}
