import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DiskFile } from '../validation/uploads';
import { isUploadPath, uploadBytesNeeded } from './uploads';

/** Returns the first `length` bytes of a file (all of it when it is shorter, or when `length` is infinite). */
function readHead(path: string, length: number): Uint8Array {
  if (length === Number.POSITIVE_INFINITY) return readFileSync(path);
  const buffer = Buffer.alloc(length);
  const descriptor = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(descriptor, buffer, 0, length, 0));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Returns every file and symbolic link under `dir`, with paths relative to `root` written with `/`, in
 * name order. A link is never followed (not even a link to a folder): it comes back flagged, without bytes.
 * Only the files `read` wants are read, each up to the length it returns; the others are left out.
 */
export function readTree(root: string, dir: string, read: (path: string) => number | false): DiskFile[] {
  const base = resolve(root, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true, recursive: true })
    .flatMap((entry): DiskFile[] => {
      const full = join(entry.parentPath, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isSymbolicLink()) return [{ path, bytes: new Uint8Array(), symlink: true }];
      const length = entry.isFile() ? read(path) : false;
      return length === false ? [] : [{ path, bytes: readHead(full, length) }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Returns the files of the upload folders under `publicDir` (relative to `root`), each read only as far as
 * its type check needs (a PDF's first bytes, an Office file whole), and every link anywhere under it.
 */
export function readPublicUploads(root: string, publicDir = 'public'): DiskFile[] {
  const prefix = relative(root, resolve(root, publicDir)).split(sep).join('/');
  return readTree(root, publicDir, (path) => isUploadPath(path.slice(prefix.length)) && uploadBytesNeeded(path));
}
