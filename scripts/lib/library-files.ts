// Reads the library from disk for the validator and the review report: the files as bytes, and sizes under public/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../../src/lib/validation/library';
import { contentFolder, missingFolderProblem } from '../../src/lib/validation/content-folder';
import type { ContentProblem } from '../../src/lib/validation/problem';

/** Returns every file one folder deep under `contentDir` (`content/fiches/x.mdx`…), paths relative to `root` with `/`. */
export function readLibraryFiles(root: string, contentDir = 'content'): SourceFile[] {
  const base = resolve(root, contentDir);
  return readdirSync(base, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ path: relative(root, path).split(sep).join('/'), bytes: readFileSync(path) }));
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
