import { collectionKinds, kinds } from '../schema/registry';
import { titleKey } from './duplicates';
import { decapSlug, entryPath, uniqueSlug } from './slugs';

/** The page address a new entry will get, and the warning when its title is already taken. */
export interface NewEntryAddress {
  /** Site path of the new entry, e.g. `/pratiques/ateliers-de-cuisine/`. */
  path: string;
  /** French warning when an entry already has this title (or one a reader could not tell apart), or this title's address. */
  warning?: string;
}

/** An entry of the library when /admin/ was built: its file name and its title (or name). */
export interface ExistingEntry {
  slug: string;
  title: string;
}

/**
 * Returns the address a new entry of `collection` titled `title` will get, the way Decap names its file
 * (with `-1`, `-2`… when the name is taken by one of `existing`), with a warning when an entry has the
 * same title (case, accents and punctuation aside) or only the same address; undefined when the
 * collection has no pages or the title gives no name yet.
 */
export function newEntryAddress(collection: string, title: string, existing: readonly ExistingEntry[]): NewEntryAddress | undefined {
  const kind = collectionKinds[collection];
  const slug = decapSlug(title);
  if (!kind || !slug) return undefined;
  const taken = new Set(existing.map((entry) => entry.slug));
  const path = entryPath(kind, uniqueSlug(slug, taken));
  const sameTitle = existing.find((entry) => entry.title !== '' && titleKey(entry.title) === titleKey(title));
  if (sameTitle) return { path, warning: `${kinds[kind].nouns.taken} : ${entryPath(kind, sameTitle.slug)}. Choisissez un titre plus précis.` };
  const sameAddress = existing.find((entry) => entry.slug === slug);
  if (!sameAddress) return { path };
  const holder = sameAddress.title ? ` par « ${sameAddress.title} »` : '';
  return { path, warning: `L’adresse ${entryPath(kind, slug)} est déjà prise${holder} : cette page aura l’adresse ${path}. Choisissez un titre plus précis.` };
}

/** Collections whose new entries get an address on the site. */
export const addressedCollections = Object.keys(collectionKinds);
