import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLibrary, type Library, type RawEntry } from '../lib/library';
import { publicDir } from './content-dir';
import type { EvidenceLevel, Region, Taxon } from '../lib/model';

const publicFolder = resolve(publicDir);

function fileSize(publicPath: string): number | undefined {
  try {
    const stats = statSync(join(publicFolder, decodeURI(publicPath)));
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

const raw = (entry: CollectionEntry<'fiches' | 'outils' | 'modeles' | 'organismes'>): RawEntry => ({
  id: entry.id,
  filePath: entry.filePath,
  data: entry.data as Record<string, unknown>,
  body: entry.body,
});

async function loadLibrary(): Promise<Library> {
  const [fiches, outils, modeles, organismes, themes, audiences, regions, evidence] = await Promise.all([
    getCollection('fiches'),
    getCollection('outils'),
    getCollection('modeles'),
    getCollection('organismes'),
    getCollection('themes'),
    getCollection('audiences'),
    getCollection('regions'),
    getCollection('evidence'),
  ]);
  return buildLibrary(
    {
      fiches: fiches.map(raw),
      outils: outils.map(raw),
      modeles: modeles.map(raw),
      organismes: organismes.map(raw),
      themes: themes.map((t) => t.data as unknown as Taxon),
      audiences: audiences.map((t) => t.data as unknown as Taxon),
      regions: regions.map((t) => t.data as unknown as Region).sort((a, b) => a.code.localeCompare(b.code)),
      evidence: evidence.map((t) => t.data as unknown as EvidenceLevel).sort((a, b) => a.rank - b.rank),
    },
    fileSize,
  );
}

let library: Promise<Library> | undefined;

/** Returns the resolved library, loaded and checked once per build; a broken reference fails the build. */
export function getLibrary(): Promise<Library> {
  library ??= loadLibrary();
  return library;
}
