// Reads the library from disk for the validator and the review report: the files as bytes, and sizes under public/.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPublicUploads, readTree } from '../../src/lib/safety/disk-files';
import type { SourceFile } from '../../src/lib/validation/library';
import { contentFolder, missingFolderProblem } from '../../src/lib/validation/content-folder';
import type { ContentProblem } from '../../src/lib/validation/problem';

/**
 * Returns every file under `contentDir` (`content/fiches/x.mdx`…) and under the upload folders of
 * `public/` (`public/fichiers/outils/x/guide.pdf`…), paths relative to `root` with `/`. A symbolic link,
 * anywhere under either, comes back flagged and unread: the validator refuses it.
 */
export function readLibraryFiles(root: string, contentDir = 'content'): SourceFile[] {
  return [...readTree(root, contentDir, () => Number.POSITIVE_INFINITY), ...readPublicUploads(root)];
}

/**
 * Reads the library for a command: `value` (CARREFOUR_CONTENT_DIR, relative or absolute) as a folder of the
 * project, and its files; or the problem that stops it from being read (outside the project, missing, a file).
 */
export function readContentFolder(root: string, value: string): { folder: string; files: SourceFile[] } | { problem: ContentProblem } {
  const located = contentFolder(root, value);
  if ('problem' in located) return located;
  let isDirectory: boolean | undefined;
  try {
    isDirectory = statSync(resolve(root, located.folder)).isDirectory();
  } catch {
    isDirectory = undefined;
  }
  if (!isDirectory) return { problem: missingFolderProblem(located.folder, isDirectory === false) };
  return { folder: located.folder, files: readLibraryFiles(root, located.folder) };
}

/** Returns a lookup of file sizes under `root/public`, given site paths like `/fichiers/outils/x.pdf`. */
export function publicFileSize(root: string): (publicPath: string) => number | undefined {
  const publicDir = join(root, 'public');
  return (publicPath) => {
    try {
      const stats = statSync(join(publicDir, decodeURI(publicPath)));
      return stats.isFile() ? stats.size : undefined;
    } catch {
      return undefined;
    }
  };
}
