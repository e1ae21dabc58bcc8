/** The part of Decap's editor state this module reads: the entry being edited (`entryDraft.entry`), as plain values. */
export interface OpenedDraft {
  collection?: unknown;
  slug?: unknown;
  newRecord?: unknown;
}

/** The part of a Redux store `whenDraftOpened` uses. */
export interface DraftStore {
  subscribe(listener: () => void): () => void;
}

/**
 * Whether `draft` is the editor's entry for `collection` and `slug` (no slug: a new entry), the one Decap
 * creates or loads while it reads the backup copy, and then replaces whatever was restored before it.
 */
export function isDraftOf(draft: OpenedDraft | undefined, collection: string, slug: string | undefined): boolean {
  if (!draft || draft.collection !== collection) return false;
  return slug ? draft.slug === slug && draft.newRecord !== true : draft.newRecord === true;
}

/**
 * Resolves once `read()` returns the editor's entry for `collection` and `slug`, or after `timeoutMs`
 * (an entry that never loads must not keep its backup copy from being offered).
 */
export function whenDraftOpened(store: DraftStore, read: () => OpenedDraft | undefined, collection: string, slug: string | undefined, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    if (isDraftOf(read(), collection, slug)) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = store.subscribe(() => {
      if (isDraftOf(read(), collection, slug)) done();
    });
  });
}
