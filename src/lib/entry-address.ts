import { collectionKinds, kinds } from '../schema/registry';
import { decapSlug, entryPath, uniqueSlug } from './slugs';

/** The page address a new entry will get, and the warning when its title is already taken. */
export interface NewEntryAddress {
  /** Site path of the new entry, e.g. `/pratiques/ateliers-de-cuisine/`. */
  path: string;
  /** French warning when an entry already has this title's address, naming that entry's address. */
  warning?: string;
}

/**
 * Returns the address a new entry of `collection` titled `title` will get, the way Decap names its file
 * (with `-1`, `-2`… when the name is taken by one of `existingSlugs`); undefined when the collection
 * has no pages or the title gives no name yet.
 */
export function newEntryAddress(collection: string, title: string, existingSlugs: readonly string[]): NewEntryAddress | undefined {
  const kind = collectionKinds[collection];
  const slug = decapSlug(title);
  if (!kind || !slug) return undefined;
  const taken = new Set(existingSlugs);
  const path = entryPath(kind, uniqueSlug(slug, taken));
  if (!taken.has(slug)) return { path };
  return { path, warning: `${kinds[kind].nouns.taken} : ${entryPath(kind, slug)}. Choisissez un titre plus précis.` };
}

/** Collections whose new entries get an address on the site. */
export const addressedCollections = Object.keys(collectionKinds);
