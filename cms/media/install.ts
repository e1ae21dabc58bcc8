import type { CMS } from 'decap-cms-core';
import { deletionRefusal, replacedFileName, sameNameRefusal } from './guard';

/** The backends /admin/ can run on: GitHub, and Decap's local proxy during `npm run cms`. */
const backendNames = ['github', 'proxy'];

interface RegisteredBackend {
  init: (...args: unknown[]) => { deleteFiles: (...args: unknown[]) => Promise<void> };
}

/**
 * Makes every backend refuse to delete files. Decap only deletes files from the media library and
 * before replacing a same-name upload, and both commit straight to the published branch.
 */
function refuseFileDeletion(cms: CMS): void {
  const registry = cms as unknown as { getBackend(name: string): RegisteredBackend | undefined };
  for (const name of backendNames) {
    const backend = registry.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => {
      const implementation = init(...args);
      implementation.deleteFiles = () => Promise.reject(new Error(deletionRefusal));
      return implementation;
    };
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

/** Installs both guards; call before `CMS.init`. */
export function guardUploadedFiles(cms: CMS, target: Window = window): void {
  refuseFileDeletion(cms);
  refuseSameNameUploads(target);
}
