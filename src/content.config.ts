import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { resolve } from 'node:path';
import { entriesLoader } from './loaders/entries';
import { parse } from 'yaml';
import type { CollectionSpec, TaxonomyName } from './schema/fields';
import { contentCollections, taxonomies, taxonomyNames } from './schema/registry';
import { objectSchema } from './schema/to-zod';
import { contentDir } from './data/content-dir';
import { repeatedIds } from './lib/duplicates';

function folderCollection(spec: CollectionSpec) {
  return defineCollection({
    loader:
      spec.extension === 'mdx'
        ? entriesLoader({ base: resolve(contentDir, spec.folder), extension: spec.extension, fields: spec.fields, collection: spec.name })
        : glob({ pattern: `*.${spec.extension}`, base: `${contentDir}/${spec.folder}` }),
    schema: objectSchema(spec.fields),
  });
}

function taxonomyCollection(name: TaxonomyName) {
  return defineCollection({
    loader: file(`${contentDir}/taxonomies/${name}.yml`, {
      parser: (text) => {
        const items = (parse(text) as Record<string, Record<string, unknown>[]>)[name] ?? [];
        // The file loader would keep the last of two equal ids silently; a duplicate is a contributor's mistake.
        const repeated = repeatedIds(items).map(({ id }) => id);
        if (repeated.length > 0) {
          throw new Error(
            `content/taxonomies/${name}.yml — identifiant en double : ${repeated.join(', ')}. Correction : Chaque valeur a son propre identifiant ; renommez ou retirez le doublon.`,
          );
        }
        return items;
      },
    }),
    schema: objectSchema(taxonomies[name].fields, `Une entrée de la taxonomie « ${name} »`),
  });
}

/** One collection per content folder and per taxonomy file, as the registry lists them (src/schema/registry.ts). */
type Collection = ReturnType<typeof folderCollection> | ReturnType<typeof taxonomyCollection>;
export const collections = Object.fromEntries<Collection>([
  ...contentCollections.map((spec): [string, Collection] => [spec.name, folderCollection(spec)]),
  ...taxonomyNames.map((name): [string, Collection] => [name, taxonomyCollection(name)]),
]);
