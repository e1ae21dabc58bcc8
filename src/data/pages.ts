import { getCollection, type CollectionEntry } from 'astro:content';
import type { DataOf } from '../schema/fields';
import { pages } from '../schema/collections';
import { objectSchema } from '../schema/to-zod';

type PageData = DataOf<typeof pages.fields>;
const pageSchema = objectSchema(pages.fields);

/**
 * Returns the editorial pages (`content/pages/`) with their fields typed from the schema. The content layer
 * checked them already; the few pages are read again through the typed schema rather than cast.
 */
export async function getPages(): Promise<{ entry: CollectionEntry<'pages'>; data: PageData }[]> {
  return (await getCollection('pages')).map((entry) => ({ entry, data: pageSchema.parse(entry.data) }));
}
