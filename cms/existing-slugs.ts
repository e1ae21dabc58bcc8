import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentCollections } from '../src/schema/registry';
import { addressedCollections } from '../src/lib/entry-address';
import type { ExistingSlugs } from './widgets/entry-address';

/** Returns the file names (slugs) of each collection new entries are added to, read from `<contentDir>/<folder>/`. */
export function readExistingSlugs(contentDir: string): ExistingSlugs {
  const slugs: Record<string, string[]> = {};
  for (const spec of contentCollections.filter((candidate) => addressedCollections.includes(candidate.name))) {
    const suffix = `.${spec.extension}`;
    slugs[spec.name] = readdirSync(join(contentDir, spec.folder))
      .filter((name) => name.endsWith(suffix))
      .map((name) => name.slice(0, -suffix.length))
      .sort();
  }
  return slugs;
}
