/**
 * Field descriptors: the single description of every content field.
 * Astro's Zod schemas (`to-zod.ts`), the CMS configuration and the content validator are all
 * generated from these descriptors, so a field is declared once, here.
 */

/** Collections whose entries can be referenced by slug. */
export type EntryCollection = 'fiches' | 'outils' | 'modeles' | 'organismes';
/** Taxonomies whose values are listed in `content/taxonomies/`. */
export type TaxonomyName = 'themes' | 'audiences' | 'regions' | 'evidence';

export interface Option {
  value: string;
  label: string;
}

interface BaseField {
  /** Front-matter key (English identifier). */
  name: string;
  /** French label shown to contributors and in error messages. */
  label: string;
  /** Plain-French hint shown under the field in the CMS. */
  hint?: string;
  required: boolean;
}

export interface StringField extends BaseField {
  widget: 'string';
  min?: number;
  max?: number;
  format?: 'email' | 'url' | 'slug';
}
export interface TextField extends BaseField {
  widget: 'text';
  min?: number;
  max?: number;
}
export interface NumberField extends BaseField {
  widget: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface BooleanField extends BaseField {
  widget: 'boolean';
  default?: boolean;
}
export interface DateField extends BaseField {
  widget: 'date';
  /** Name of another date field of the same entry this date may not precede (the review follows the publication). */
  notBefore?: string;
}
/** A choice among fixed options or among the values of a taxonomy. */
export interface SelectField extends BaseField {
  widget: 'select';
  options: Option[] | { taxonomy: TaxonomyName };
  multiple: boolean;
  min?: number;
  max?: number;
  default?: string;
}
/** A link to other entries, stored as their slugs. */
export interface RelationField extends BaseField {
  widget: 'relation';
  collection: EntryCollection;
  multiple: boolean;
  min?: number;
  max?: number;
}
/** A path to an uploaded file under `public/`. */
export interface FileField extends BaseField {
  widget: 'file' | 'image';
  /** Folder under `public/` where uploads go, e.g. `/fichiers/outils`. */
  folder: string;
  /** File extensions accepted, lowercase without the dot, e.g. `['pdf', 'docx']`. */
  accept: readonly string[];
}
export interface ObjectField extends BaseField {
  widget: 'object';
  fields: Field[];
}
export interface ListField extends BaseField {
  widget: 'list';
  fields: Field[];
  min?: number;
  max?: number;
}
/** A list of free-text lines (authors, bibliographic references). */
export interface StringListField extends BaseField {
  widget: 'string-list';
  min?: number;
  max?: number;
}

export type Field =
  | StringField
  | TextField
  | NumberField
  | BooleanField
  | DateField
  | SelectField
  | RelationField
  | FileField
  | ObjectField
  | ListField
  | StringListField;

/** A content type: its fields and, for types with a body, the body's starting sections. */
export interface CollectionSpec {
  name: string;
  /** French label of the collection (plural) and of one entry (singular). */
  label: string;
  labelSingular: string;
  /** Folder under `content/` and file extension. */
  folder: string;
  extension: 'mdx' | 'yml';
  fields: Field[];
  /** `##` headings a new entry starts with; empty for data-only collections. */
  bodySections: string[];
}
