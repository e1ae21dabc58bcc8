import type { CMS } from 'decap-cms-core';
import { entryFilesRefusal } from '../entry-size';
import { deletionRefusal, replacedFileName, sameNameRefusal, uploadsRefusal, type UploadedAsset } from './guard';

/** The backends /admin/ can run on: GitHub, and Decap's local proxy during `npm run cms`. */
const backendNames = ['github', 'proxy'];

/** The backend methods the guards wrap, as Decap 3.16's backend.ts calls them. */
export interface BackendImplementation {
  deleteFiles: (...args: unknown[]) => Promise<void>;
  persistEntry: (entry: { assets?: readonly UploadedAsset[]; dataFiles?: readonly { path: string; raw: string }[] }, options: unknown) => Promise<unknown>;
  persistMedia: (file: UploadedAsset, options: unknown) => Promise<unknown>;
}
interface RegisteredBackend {
  init: (...args: unknown[]) => BackendImplementation;
}

/**
 * A refusal whose text is its French message alone: with no name, `String(error)` has no « Error: » prefix,
 * so Decap shows it as written and the CMS does not take it for a raw JavaScript error (cms/dom-english.ts).
 */
export class Refusal extends Error {
  override name = '';
}

/** Rejects with the French refusal when one of `assets` is not of an accepted type; nothing is sent then. */
async function checkUploads(assets: readonly UploadedAsset[]): Promise<void> {
  const refusal = await uploadsRefusal(assets);
  if (refusal) throw new Refusal(refusal);
}

/**
 * Guards a backend's implementation: it refuses to save an entry the validator could not read as content
 * (too big: cms/entry-size.ts), to delete files (Decap only deletes them from the media
 * library and before replacing a same-name upload, and both commit straight to the published branch), and
 * to commit an upload that is not what its extension claims (an entry's files with the entry, or a file of
 * the media library on its own).
 */
export function guardBackend(implementation: BackendImplementation): BackendImplementation {
  const { persistEntry, persistMedia } = implementation;
  implementation.deleteFiles = () => Promise.reject(new Refusal(deletionRefusal));
  implementation.persistEntry = async (entry, options) => {
    const oversized = entryFilesRefusal(entry.dataFiles ?? []);
    if (oversized) throw new Refusal(oversized);
    await checkUploads(entry.assets ?? []);
    return persistEntry.call(implementation, entry, options);
  };
  implementation.persistMedia = async (file, options) => {
    await checkUploads([file]);
    return persistMedia.call(implementation, file, options);
  };
  return implementation;
}

/** Guards every backend /admin/ can run on. */
function guardBackends(cms: CMS): void {
  const registry = cms as unknown as { getBackend(name: string): RegisteredBackend | undefined };
  for (const name of backendNames) {
    const backend = registry.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => guardBackend(init(...args));
  }
}

/**
 * Answers Decap's « … already exists. Do you want to replace it? » with a French refusal: the upload is
 * dropped and the existing file stays. Any other confirmation goes to the browser as usual.
 */
function refuseSameNameUploads(target: Window): void {
  const confirm = target.confirm.bind(target);
  target.confirm = (message?: string) => {
    const name = replacedFileName(String(message ?? ''));
    if (name === undefined) return confirm(message);
    target.alert(sameNameRefusal(name));
    return false;
  };
}

/** Installs the guards; call before `CMS.init`. */
export function guardUploadedFiles(cms: CMS, target: Window = window): void {
  guardBackends(cms);
  refuseSameNameUploads(target);
}
