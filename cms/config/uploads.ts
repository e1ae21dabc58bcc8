import { entryFolderPattern } from '../../src/schema/formats';

/**
 * Decap's name for an entry's own upload folder: its title as a slug, the same slug that names a new
 * entry's file. Two entries thus never upload into one folder, and a common file name cannot collide.
 */
const entryFolderTemplate = '{{slug}}';

/** Returns the public folder of one entry's uploads, as a Decap template: `/fichiers/fiches/{{slug}}`. */
export function entryUploadFolder(baseFolder: string): string {
  return `${baseFolder}/${entryFolderTemplate}`;
}

/** Returns the entry folders' parent of a public folder template: `/fichiers/fiches/{{slug}}` → `/fichiers/fiches`. */
function uploadBaseFolder(publicFolder: string): string {
  return publicFolder.endsWith(`/${entryFolderTemplate}`) ? publicFolder.slice(0, -entryFolderTemplate.length - 1) : publicFolder;
}

/**
 * Whether `path` was uploaded straight into the base folder, outside any entry folder: Decap names the
 * folder after the title, so a file uploaded before the title was written lands there.
 */
export function isLooseUpload(path: string, publicFolder: string): boolean {
  const base = uploadBaseFolder(publicFolder);
  return path.startsWith(`${base}/`) && !entryFolderPattern(base).test(path);
}

/** What the form says of a loose upload. */
export const looseUploadMessage =
  'ce fichier a été téléversé avant que le titre soit écrit : retirez-le, puis téléversez-le de nouveau (il sera rangé dans le dossier de ce contenu)';
