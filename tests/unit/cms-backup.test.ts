import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test, vi } from 'vitest';
import { isDraftOf, whenDraftOpened, type OpenedDraft } from '../../cms/backup/draft-ready';

/** A store holding `draft`, whose `set` notifies its listeners as Redux does after an action. */
function fakeStore(draft?: OpenedDraft) {
  const listeners = new Set<() => void>();
  return {
    read: () => draft,
    set(next: OpenedDraft) {
      draft = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get listeners() {
      return listeners.size;
    },
  };
}

describe('isDraftOf', () => {
  test('a new entry is the collection’s new record; an existing one, its own slug once loaded', () => {
    expect(isDraftOf({ collection: 'fiches', slug: '', newRecord: true }, 'fiches', undefined)).toBe(true);
    expect(isDraftOf({ collection: 'outils', slug: '', newRecord: true }, 'fiches', undefined)).toBe(false);
    expect(isDraftOf({ collection: 'fiches', slug: 'atelier', newRecord: false }, 'fiches', undefined)).toBe(false);
    expect(isDraftOf({ collection: 'fiches', slug: 'atelier', newRecord: false }, 'fiches', 'atelier')).toBe(true);
    expect(isDraftOf({ collection: 'fiches', slug: 'autre', newRecord: false }, 'fiches', 'atelier')).toBe(false);
    expect(isDraftOf(undefined, 'fiches', undefined)).toBe(false);
  });
});

describe('whenDraftOpened', () => {
  test('waits for the editor’s entry, then stops listening', async () => {
    const store = fakeStore();
    let opened = false;
    const waiting = whenDraftOpened(store, store.read, 'fiches', undefined).then(() => (opened = true));
    store.set({ collection: 'outils', slug: '', newRecord: true });
    await Promise.resolve();
    expect(opened).toBe(false);
    store.set({ collection: 'fiches', slug: '', newRecord: true });
    await waiting;
    expect(opened).toBe(true);
    expect(store.listeners).toBe(0);
  });

  test('resolves at once when the entry is already open, and after the time limit when it never opens', async () => {
    await whenDraftOpened(fakeStore({ collection: 'fiches', slug: 'atelier', newRecord: false }), () => ({ collection: 'fiches', slug: 'atelier' }), 'fiches', 'atelier');
    vi.useFakeTimers();
    try {
      const store = fakeStore();
      const waiting = whenDraftOpened(store, store.read, 'fiches', undefined, 1_000);
      vi.advanceTimersByTime(1_000);
      await waiting;
      expect(store.listeners).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

// cms/backup/install.ts reaches two modules of decap-cms-core that are not its public API: this contract names the
// version it was written against and the code it relies on. A Decap upgrade that fails here: re-read Editor.js and
// backend.js, then run tests/browser/cms-backup.test.ts.
describe('Decap’s backup copy, as cms/backup/install.ts expects it', () => {
  const require = createRequire(import.meta.url);
  const corePackage = require.resolve('decap-cms-core/package.json');
  const read = (path: string) => readFileSync(corePackage.replace(/package\.json$/, path), 'utf8');

  test('decap-cms-core 3.19.1 asks for the copy before it creates or loads the entry it then sets over it', () => {
    expect((JSON.parse(read('package.json')) as { version: string }).version).toBe('3.19.1');
    const editor = read('dist/esm/components/Editor/Editor.js');
    const mounted = editor.slice(editor.indexOf('componentDidMount()'));
    expect(mounted.indexOf('retrieveLocalBackup(collection, slug)')).toBeGreaterThan(-1);
    expect(mounted.indexOf('retrieveLocalBackup(collection, slug)')).toBeLessThan(mounted.indexOf('createEmptyDraft(collection'));
    expect(read('dist/esm/backend.js')).toMatch(/export class Backend \{[\s\S]*\n {2}async getLocalDraftBackup\(collection, slug\) \{/);
    expect(read('dist/esm/redux/index.js')).toContain('export { store }');
    expect(read('dist/esm/reducers/entryDraft.js')).toMatch(
      /case DRAFT_CREATE_EMPTY:[\s\S]*?state\.set\('entry', fromJS\(action\.payload\)\);\s*state\.setIn\(\['entry', 'newRecord'\], true\);/,
    );
  });
});
