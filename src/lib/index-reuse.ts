/** What the last search index written in full was built from: the indexer's version and the pages it read. */
export interface IndexRecord {
  version: string;
  pages: string[];
}

/** What a build changed among the output's pages (paths relative to the output folder). */
export interface PageChanges {
  removed: string[];
  /** Pages written by this build that carry text for the index (`data-pagefind-body`). */
  writtenForIndex: string[];
}

/**
 * Whether the previous build's search index still describes the site: written by the same indexer, and
 * since then no page it read was removed and no page meant for the index was written again.
 * Pagefind cannot update an index; any such change means indexing every page again.
 */
export function canReuseIndex(record: IndexRecord | undefined, version: string, changes: PageChanges): boolean {
  if (!record || record.version !== version) return false;
  if (changes.writtenForIndex.length > 0) return false;
  const indexed = new Set(record.pages);
  return !changes.removed.some((page) => indexed.has(page));
}
