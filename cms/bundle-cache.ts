import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** What the last CMS bundle was built from and what it wrote (paths relative to the project and to the output). */
export interface BundleRecord {
  /** Digest of the inputs' contents (see `inputsDigest`). */
  digest: string;
  /** The project's files the bundle read, besides the fixed ones the builder always counts. */
  inputs: string[];
  /** Address of the entry script, as the page loads it (`/_astro/…`). */
  entry: string;
  /** Files the bundle wrote, relative to the output folder. */
  files: string[];
}

/**
 * The project's own files among a bundle's module ids: not a dependency, not a virtual module, without
 * Vite's `?query` suffix; relative to `root`, sorted. A dependency counts through the lock file instead.
 */
export function projectInputs(moduleIds: Iterable<string>, root: string): string[] {
  const inputs = new Set<string>();
  for (const id of moduleIds) {
    const path = id.replace(/\?.*$/, '');
    if (id.startsWith('\0') || !isAbsolute(path) || path.split(sep).includes('node_modules')) continue;
    const inRoot = relative(root, path);
    if (!inRoot.startsWith('..')) inputs.add(inRoot);
  }
  return [...inputs].sort();
}

/**
 * Digest of what a bundle depends on: `salt` (settings written into it, such as the site's address) and
 * the contents of `files` (relative to `root`). A file that no longer exists makes the digest undefined.
 */
export function inputsDigest(root: string, files: string[], salt: string): string | undefined {
  const hash = createHash('sha256').update(salt);
  for (const file of files) {
    const path = join(root, file);
    if (!existsSync(path)) return undefined;
    hash.update(`\0${file}\0`).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/**
 * Whether the bundle `record` describes can be used as it is: every input it read and every fixed input
 * (`fixedInputs`: the lock file, the builder's code) unchanged, and each file it wrote still in `filesDir`.
 */
export function canReuseBundle(record: BundleRecord | undefined, root: string, fixedInputs: string[], salt: string, filesDir: string): boolean {
  if (!record) return false;
  if (inputsDigest(root, [...fixedInputs, ...record.inputs], salt) !== record.digest) return false;
  return record.files.every((file) => existsSync(join(filesDir, file)));
}
