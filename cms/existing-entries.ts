import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCollections } from '../src/schema/registry';
import { addressedCollections, type ExistingEntry } from '../src/lib/entry-address';
import { splitContentFile } from '../src/lib/front-matter';
import type { ExistingEntries } from './widgets/entry-address';

/** Returns the title (or name) written in a content file, or '' when the file cannot be read: its address still counts. */
function titleIn(path: string, extension: 'mdx' | 'yml'): string {
  try {
    const { data } = splitContentFile(readFileSync(path, 'utf8'), path, extension);
    const title = data.title ?? data.name;
    return typeof title === 'string' ? title : '';
  } catch {
    return '';
  }
}

/** Returns the file names (slugs) and titles of each collection new entries are added to, read from `<contentDir>/<folder>/`. */
export function readExistingEntries(contentDir: string): ExistingEntries {
  const entries: Record<string, ExistingEntry[]> = {};
  for (const spec of contentCollections.filter((candidate) => addressedCollections.includes(candidate.name))) {
    const suffix = `.${spec.extension}`;
    const folder = join(contentDir, spec.folder);
    entries[spec.name] = readdirSync(folder)
      .filter((name) => name.endsWith(suffix))
      .sort()
      .map((name) => ({ slug: name.slice(0, -suffix.length), title: titleIn(join(folder, name), spec.extension) }));
  }
  return entries;
}
