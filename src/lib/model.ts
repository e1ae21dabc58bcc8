/**
 * Data types of the library, derived from the field descriptors (`src/schema/`): renaming or retyping a
 * field there changes these types, and every page that reads the old field stops compiling.
 */
import type { DataOf, TaxonomyName } from '../schema/fields';
import type { CollectionOf, ItemKind, Kind, kinds } from '../schema/registry';
import type { taxonomyFields } from '../schema/taxonomies';

/** The validated front matter of an entry of kind `K`. */
export type EntryData<K extends Kind> = K extends Kind ? DataOf<(typeof kinds)[K]['spec']['fields']> : never;

/** A value of taxonomy `T`, as `content/taxonomies/<T>.yml` lists it. */
export type TaxonomyValue<T extends TaxonomyName> = DataOf<(typeof taxonomyFields)[T]>;
export type Taxonomies = { [T in TaxonomyName]: TaxonomyValue<T>[] };
type Theme = TaxonomyValue<'themes'>;
type Audience = TaxonomyValue<'audiences'>;
export type Region = TaxonomyValue<'regions'>;
export type EvidenceLevel = TaxonomyValue<'evidence'>;

/** A file offered for download, with what a visitor needs before clicking. */
export interface Attachment {
  title: string;
  path: string;
  extension: string;
  formatName: string;
  bytes: number;
  sizeLabel: string;
}

/** Where an entry lives: its kind, its file name without extension, its page and its source file. */
interface Located<K extends Kind> {
  kind: K;
  collection: CollectionOf<K>;
  slug: string;
  path: string;
  file: string;
}

/** An organization, its region resolved. */
export type Organization = Located<'organisme'> & Omit<EntryData<'organisme'>, 'region'> & { region: Region };

/** What every sheet, tool and model has once its references are resolved. */
type ItemView = Pick<EntryData<ItemKind>, 'title' | 'summary' | 'published' | 'reviewed' | 'licence' | 'sample'> & {
  /** Sub-type label: « Fiche de pratique », « Questionnaire », « Modèle logique »… */
  typeLabel: string;
  themes: Theme[];
  audiences: Audience[];
  /** Its own regions, or else its organization's. */
  regions: Region[];
  organization?: Organization | undefined;
  evidence?: EvidenceLevel | undefined;
  /** Number of levels on the community's evidence scale, for « 3 sur 4 ». */
  evidenceScale: number;
  authors: string[];
  attachments: Attachment[];
  /** Keys (`kind:slug`) of items this one links to or is linked from. */
  links: Set<string>;
  readingMinutes: number;
  /** Markdown body as written. */
  body: string;
};

/** An item of kind `K`, with its front matter as validated (`data`) for the fields only that kind has. */
export type ItemOf<K extends ItemKind> = Located<K> & ItemView & { data: EntryData<K> };
/** A sheet, tool or model: checking `kind` narrows `data` to that kind's fields. */
export type Item = { [K in ItemKind]: ItemOf<K> }[ItemKind];

/** Returns the key that identifies an item across kinds. */
export function itemKey(item: Pick<Item, 'kind' | 'slug'>): string {
  return `${item.kind}:${item.slug}`;
}
