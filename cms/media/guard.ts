import { uploadProblem } from '../../src/lib/validation/uploads';
import { formatProblem } from '../../src/lib/validation/problem';

/**
 * Uploaded files are never replaced nor deleted from the form: Decap would commit either straight to the
 * published branch, outside the editorial workflow. A new upload is committed only when its type is accepted
 * and its content is of that type. These are the pure parts; `install.ts` wires them in.
 */

/** Decap's own question before it deletes a same-name file to replace it (hard-coded in English). */
const replacePrompt = /^(.+) already exists\. Do you want to replace it\?$/;

/** Returns the name of the file Decap offers to replace, when `message` is that question. */
export function replacedFileName(message: string): string | undefined {
  return replacePrompt.exec(message)?.[1];
}

/** Returns `name` with a suffix before its extension, as an example of a new name: `guide.pdf` → `guide-2.pdf`. */
export function renamedExample(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-2${name.slice(dot)}` : `${name}-2`;
}

/** What a contributor reads instead of Decap's replace question: the file stays, and how to go on. */
export function sameNameRefusal(name: string): string {
  return (
    `Un fichier nommé « ${name} » existe déjà pour ce contenu : il n’est pas remplacé. ` +
    `Renommez votre fichier sur votre ordinateur (par exemple « ${renamedExample(name)} »), puis téléversez-le de nouveau.`
  );
}

/** Why a published file cannot be deleted from the form. */
export const deletionRefusal =
  'Un fichier publié ne se supprime pas depuis le formulaire : la suppression passerait sans relecture. ' +
  'Retirez-le du contenu (le lien disparaît à la publication) ou écrivez au comité.';

/** What Decap hands its backend for an uploaded file (its AssetProxy): the repository path and, for a new upload, the file. */
export interface UploadedAsset {
  path: string;
  fileObj?: Blob | undefined;
}

/**
 * Returns the French refusal of the new uploads among `assets` (one line per file, as `npm run validate`
 * words it), or undefined when each is of an accepted type, checked on its bytes. Files already committed
 * (no `fileObj`) were checked when they were uploaded.
 */
export async function uploadsRefusal(assets: readonly UploadedAsset[]): Promise<string | undefined> {
  const problems = await Promise.all(assets.map(async ({ path, fileObj }) => fileObj && uploadProblem(path, new Uint8Array(await fileObj.arrayBuffer()))));
  const lines = problems.filter((problem) => problem !== undefined).map(formatProblem);
  return lines.length > 0 ? `Fichier refusé, rien n’a été enregistré :\n${lines.join('\n')}` : undefined;
}
