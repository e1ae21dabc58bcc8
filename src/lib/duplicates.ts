/** Returns the ids written twice in a list (a taxonomy file), with the index of each repetition. */
export function repeatedIds(items: readonly { id?: unknown }[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (typeof item.id !== 'string') return [];
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [{ id: item.id, index }];
  });
}
