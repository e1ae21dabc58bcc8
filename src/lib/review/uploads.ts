import { joinFrench, plural } from '../text';
import { escapeMarkdown, inlineCode } from './markdown';

/** Folders under `public/` where contributors' attachments and images are uploaded. */
const uploadFolders = ['public/fichiers/', 'public/images/'];

/** Returns whether a repository path is an uploaded attachment or image (`public/fichiers/…`, `public/images/…`). */
export function isUpload(file: string): boolean {
  return uploadFolders.some((folder) => file.startsWith(folder));
}

/** Returns the site path an entry writes to point to an uploaded file: `public/fichiers/x.pdf` → `/fichiers/x.pdf`. */
export function uploadSitePath(file: string): string {
  return file.slice('public'.length);
}

/** Characters that may continue a path: a match followed or preceded by one is another file. */
const pathChar = /[\p{L}\p{N}._~%/-]/u;

/**
 * Returns whether a content file's text points to `sitePath` (in a field or in the body), as written
 * or percent-encoded, and not as the start or the end of a longer path.
 */
export function refersTo(text: string, sitePath: string): boolean {
  for (const form of new Set([sitePath, encodeURI(sitePath)])) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const before = text[at - 1] ?? '';
      const after = text[at + form.length] ?? '';
      if (!pathChar.test(before) && !pathChar.test(after)) return true;
    }
  }
  return false;
}

/** What a proposal does to an uploaded file, with the published entries that point to it. */
export interface UploadChange {
  status: 'added' | 'modified' | 'removed';
  file: string;
  /** Titles of the entries that point to the file before the change and still do after it. */
  usedBy: readonly string[];
}

const uploadLabels = { added: 'Ajout', modified: 'Remplacement', removed: 'Suppression' } as const;
/** Entries named in one cell or warning; beyond, a count. */
const maxNamed = 10;

/** Returns entry titles as a French list of quoted, escaped names: « A », « B » et 3 autres. */
function quotedTitles(titles: readonly string[]): string {
  const named = titles.slice(0, maxNamed).map((title) => `« ${escapeMarkdown(title)} »`);
  if (titles.length > maxNamed) named.push(plural(titles.length - maxNamed, 'autre', 'autres'));
  return joinFrench(named);
}

/** Returns the warning a reviewer needs when a replaced or deleted file is still used by published entries. */
export function uploadWarning(change: UploadChange): string | undefined {
  if (change.status === 'added' || change.usedBy.length === 0) return undefined;
  const file = inlineCode(change.file);
  const users = quotedTitles(change.usedBy);
  const one = change.usedBy.length === 1;
  return change.status === 'modified'
    ? `⚠️ **Attention** : ${file} est remplacé ; il sert aussi à ${users}, déjà en ligne, qui ${one ? 'montrera' : 'montreront'} le nouveau fichier.`
    : `⚠️ **Attention** : ${file} est supprimé, mais ${users} y ${one ? 'renvoie' : 'renvoient'} encore : ${one ? 'son lien sera brisé' : 'leurs liens seront brisés'}.`;
}

/** Returns the report's section on uploaded files: a table, then a warning per file still in use. */
export function uploadSection(changes: readonly UploadChange[]): string[] {
  if (changes.length === 0) return [];
  const lines = ['', `### Fichiers joints et images (${changes.length})`, '', '| Changement | Fichier | Contenus publiés qui y renvoient |', '| --- | --- | --- |'];
  for (const change of changes) lines.push(`| ${uploadLabels[change.status]} | ${inlineCode(change.file)} | ${change.usedBy.length > 0 ? quotedTitles(change.usedBy) : '—'} |`);
  const warnings = changes.flatMap((change) => uploadWarning(change) ?? []);
  if (warnings.length > 0) lines.push('', ...warnings.flatMap((warning, i) => (i === 0 ? [warning] : ['', warning])));
  return lines;
}
