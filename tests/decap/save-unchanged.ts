import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CmsCollection } from '../../cms/config/types';

export interface SavedFile {
  /** Path in the repository, e.g. `content/fiches/mentorat-entre-pairs.mdx`. */
  path: string;
  /** What Decap CMS writes when the file is opened and saved without a change. */
  output: string;
}

/**
 * Returns what Decap CMS writes for each file opened and saved unchanged, computed by Decap's own
 * format code in a Node process (see save-unchanged-cli.mjs).
 * @param options.keepFolding keep yaml 1.x's 80-column folding, as Decap does without our bundle's setting
 */
export function saveUnchanged(options: { root: string; collections: CmsCollection[]; files: string[]; keepFolding?: boolean }): SavedFile[] {
  const here = import.meta.dirname;
  const result = spawnSync(process.execPath, ['--import', join(here, 'register.mjs'), join(here, 'save-unchanged-cli.mjs')], {
    cwd: options.root,
    input: JSON.stringify({ keepFolding: false, ...options }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Le code de Decap CMS n’a pas pu s’exécuter :\n${result.stderr}`);
  return JSON.parse(result.stdout) as SavedFile[];
}
