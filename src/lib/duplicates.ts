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

/**
 * Returns the form of a title two contributors could not tell apart: no case, accents, punctuation nor
 * extra spaces (« Café-rencontre : parents » and « cafe rencontre parents » give the same key).
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr-CA')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Returns the items whose titles share a key, in groups of two or more, each group in the items' order. */
export function similarTitleGroups<Item extends { title: string }>(items: readonly Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = titleKey(item.title);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
