import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { buildLibrary, type Library, type RawEntries, type RawEntry } from '../lib/library';
import type { EntryData, Taxonomies, TaxonomyValue } from '../lib/model';
import { allKinds, kinds, taxonomyNames, type Kind } from '../schema/registry';
import type { TaxonomyName } from '../schema/fields';
import { publicDir } from './content-dir';
import { buildDate } from './build-date';

const publicFolder = resolve(publicDir);

function fileSize(publicPath: string): number | undefined {
  try {
    const stats = statSync(join(publicFolder, decodeURI(publicPath)));
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns a kind's entries. The content layer validated them with the schema `objectSchema` builds from
 * the same fields, whose output type is `EntryData<K>`; only a generic `K` hides it from TypeScript.
 */
async function entriesOf<K extends Kind>(kind: K): Promise<RawEntry<EntryData<K>>[]> {
  const entries = await getCollection(kinds[kind].spec.name);
  return entries.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data as EntryData<K>, body: entry.body }));
}

async function valuesOf<T extends TaxonomyName>(name: T): Promise<TaxonomyValue<T>[]> {
  return (await getCollection(name)).map((entry) => entry.data as TaxonomyValue<T>);
}

/** Display order of each taxonomy: regions by official code, evidence levels by rank, the others as written. */
function inDisplayOrder(taxonomies: Taxonomies): Taxonomies {
  return {
    ...taxonomies,
    regions: taxonomies.regions.sort((a, b) => a.code.localeCompare(b.code)),
    evidence: taxonomies.evidence.sort((a, b) => a.rank - b.rank),
  };
}

async function loadLibrary(): Promise<Library> {
  // Casts: a record filled key by key from the registry (see ItemsByKind in lib/library.ts).
  const entries = Object.fromEntries(await Promise.all(allKinds.map(async (kind) => [kind, await entriesOf(kind)]))) as RawEntries;
  const taxonomies = Object.fromEntries(await Promise.all(taxonomyNames.map(async (name) => [name, await valuesOf(name)]))) as Taxonomies;
  return buildLibrary({ entries, taxonomies: inDisplayOrder(taxonomies) }, fileSize, buildDate);
}

let library: Promise<Library> | undefined;

/** Returns the resolved library, loaded and checked once per build; a broken reference fails the build. */
export function getLibrary(): Promise<Library> {
  library ??= loadLibrary();
  return library;
}
