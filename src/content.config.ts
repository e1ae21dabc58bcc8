import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { resolve } from 'node:path';
import { entriesLoader } from './loaders/entries';
import { parse } from 'yaml';
import { fiches, modeles, organismes, outils, pages } from './schema/collections';
import type { CollectionSpec } from './schema/fields';
import { taxonomyFields } from './schema/taxonomies';
import type { TaxonomyName } from './schema/fields';
import { objectSchema } from './schema/to-zod';
import { contentDir } from './data/content-dir';

function folderCollection(spec: CollectionSpec) {
  return defineCollection({
    loader:
      spec.extension === 'mdx'
        ? entriesLoader({ base: resolve(contentDir, spec.folder), extension: spec.extension })
        : glob({ pattern: `*.${spec.extension}`, base: `${contentDir}/${spec.folder}` }),
    schema: objectSchema(spec.fields),
  });
}

function taxonomyCollection(name: TaxonomyName) {
  return defineCollection({
    loader: file(`${contentDir}/taxonomies/${name}.yml`, {
      parser: (text) => (parse(text) as Record<string, Record<string, unknown>[]>)[name] ?? [],
    }),
    schema: objectSchema(taxonomyFields[name], `Une entrée de la taxonomie « ${name} »`),
  });
}

export const collections = {
  fiches: folderCollection(fiches),
  outils: folderCollection(outils),
  modeles: folderCollection(modeles),
  organismes: folderCollection(organismes),
  pages: folderCollection(pages),
  themes: taxonomyCollection('themes'),
  audiences: taxonomyCollection('audiences'),
  evidence: taxonomyCollection('evidence'),
  regions: taxonomyCollection('regions'),
};
