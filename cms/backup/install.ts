// Decap 3.16 (decap-cms-core 3.19) offers an entry's backup copy (IndexedDB `backup.<collection>`) as soon as it
// is read, while the editor is still creating or loading the entry: the empty or saved entry then arrives
// after « restaurer » and replaces what was restored. Held here until the entry is open, the copy comes back whole.
import { Backend } from 'decap-cms-core/dist/esm/backend.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { whenDraftOpened, type OpenedDraft } from './draft-ready';

/** The editor's entry as plain values, from Decap's store. */
function openedDraft(): OpenedDraft | undefined {
  const entry = store.getState().entryDraft.get('entry');
  return entry ? { collection: entry.get('collection'), slug: entry.get('slug'), newRecord: entry.get('newRecord') } : undefined;
}

/** Makes Decap hand over a backup copy only once the editor's entry is open; call before `CMS.init`. */
export function restoreBackupsWhole(): void {
  const read = Backend.prototype.getLocalDraftBackup;
  if (typeof read !== 'function') throw new Error('Decap CMS a changé : getLocalDraftBackup est introuvable (cms/backup/install.ts).');
  Backend.prototype.getLocalDraftBackup = async function (this: Backend, collection, slug) {
    const backup = await read.call(this, collection, slug);
    if (backup.entry) await whenDraftOpened(store, openedDraft, String(collection.get('name')), slug || undefined);
    return backup;
  };
}
