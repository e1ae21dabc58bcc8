import { getCollection, type CollectionEntry } from 'astro:content';
import type { DataOf } from '../schema/fields';
import type { pages } from '../schema/collections';

export type PageData = DataOf<typeof pages.fields>;

/** Returns the editorial pages (`content/pages/`) with their fields typed from the schema the content layer checked them with. */
export async function getPages(): Promise<{ entry: CollectionEntry<'pages'>; data: PageData }[]> {
  return (await getCollection('pages')).map((entry) => ({ entry, data: entry.data as PageData }));
}
