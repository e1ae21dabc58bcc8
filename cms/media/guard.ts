/**
 * Uploaded files are never replaced nor deleted from the form: Decap would commit either straight to the
 * published branch, outside the editorial workflow. These are the pure parts; `install.ts` wires them in.
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
