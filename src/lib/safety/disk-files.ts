import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DiskFile } from '../validation/uploads';
import { isUploadPath } from './uploads';

/**
 * Returns every file and symbolic link under `dir`, with paths relative to `root` written with `/`, in
 * name order. A link is never followed (not even a link to a folder): it comes back flagged, without bytes.
 * Only the files `read` wants are read; the others are left out.
 */
export function readTree(root: string, dir: string, read: (path: string) => boolean): DiskFile[] {
  const base = resolve(root, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true, recursive: true })
    .flatMap((entry): DiskFile[] => {
      const full = join(entry.parentPath, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isSymbolicLink()) return [{ path, bytes: new Uint8Array(), symlink: true }];
      return entry.isFile() && read(path) ? [{ path, bytes: readFileSync(full) }] : [];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Returns the files of the upload folders under `publicDir` (relative to `root`), and every link anywhere under it. */
export function readPublicUploads(root: string, publicDir = 'public'): DiskFile[] {
  const prefix = relative(root, resolve(root, publicDir)).split(sep).join('/');
  return readTree(root, publicDir, (path) => isUploadPath(path.slice(prefix.length)));
}
