/**
 * Field descriptors: the single description of every content field.
 * Astro's Zod schemas (`to-zod.ts`), the CMS configuration and the content validator are all
 * generated from these descriptors, so a field is declared once, here.
 */

import type { taxonomyFields } from './taxonomies';

/** Taxonomies whose values are listed in `content/taxonomies/`: the keys of `taxonomyFields`. */
export type TaxonomyName = keyof typeof taxonomyFields;

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

interface StringField extends BaseField {
  widget: 'string';
  min?: number;
  max?: number;
  format?: 'email' | 'url' | 'slug' | 'time';
}
interface TextField extends BaseField {
  widget: 'text';
  min?: number;
  max?: number;
}
interface NumberField extends BaseField {
  widget: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
interface BooleanField extends BaseField {
  widget: 'boolean';
  default?: boolean;
}
interface DateField extends BaseField {
  widget: 'date';
  /** Name of another date field of the same entry this date may not precede (the review follows the publication). */
  notBefore?: string;
  /** A new entry's date starts empty instead of today (an event's day has to be chosen, not assumed). */
  startsEmpty?: boolean;
}
/** A choice among fixed options or among the values of a taxonomy. */
interface SelectField extends BaseField {
  widget: 'select';
  options: readonly Option[] | { taxonomy: TaxonomyName };
  multiple: boolean;
  min?: number;
  max?: number;
  default?: string;
}
/** A link to other entries, stored as their slugs. */
interface RelationField extends BaseField {
  widget: 'relation';
  /** Name of the collection its entries belong to (a kind's collection in `registry.ts`). */
  collection: string;
  multiple: boolean;
  min?: number;
  max?: number;
  /** Name of a group of optional relations of which an entry fills exactly one (a report is about a sheet or a tool). */
  exactlyOneOf?: string;
}
/** A path to an uploaded file under `public/`. */
interface FileField extends BaseField {
  widget: 'file' | 'image';
  /** Folder under `public/` where uploads go, e.g. `/fichiers/outils`. */
  folder: string;
  /** File extensions accepted, lowercase without the dot, e.g. `['pdf', 'docx']`. */
  accept: readonly string[];
}
interface ObjectField extends BaseField {
  widget: 'object';
  fields: readonly Field[];
}
interface ListField extends BaseField {
  widget: 'list';
  /** Label of one item: « Pièce jointe » (the CMS counts items and names its « Ajouter » button with it). */
  labelSingular: string;
  fields: readonly Field[];
  min?: number;
  max?: number;
  /** At least one item is required when another field of the same entry has this value (an answered question has an answer). */
  requiredWhen?: { field: string; value: string };
}
/** A list of free-text lines (authors, bibliographic references). */
interface StringListField extends BaseField {
  widget: 'string-list';
  /** Label of one line: « Référence ». */
  labelSingular: string;
  min?: number;
  max?: number;
}

/** Returns the taxonomy a select field chooses from, or undefined when its options are fixed. */
export function taxonomyOf(field: Field): TaxonomyName | undefined {
  return field.widget === 'select' && 'taxonomy' in field.options ? field.options.taxonomy : undefined;
}

/** Returns the fixed options of a select field, or undefined when it chooses from a taxonomy. */
export function fixedOptions(field: Field): readonly Option[] | undefined {
  return field.widget === 'select' && !('taxonomy' in field.options) ? field.options : undefined;
}

export type Field = StringField | TextField | NumberField | BooleanField | DateField | SelectField | RelationField | FileField | ObjectField | ListField | StringListField;

/** A content type: its fields and, for types with a body, the body's starting sections. */
export interface CollectionSpec {
  name: string;
  /** French label of the collection (plural) and of one entry (singular). */
  label: string;
  labelSingular: string;
  /** Folder under `content/` and file extension. */
  folder: string;
  extension: 'mdx' | 'yml';
  fields: readonly Field[];
  /** `##` headings a new entry starts with; empty for data-only collections. */
  bodySections: readonly string[];
  /** Whether the CMS may save an entry without a body (its text is optional); required unless false. */
  bodyRequired?: boolean;
}

/* Types of the data a list of fields describes, as the build's schema returns it (see `to-zod.ts`). */

type Many<F, Value> = F extends { multiple: true } ? Value[] : Value;

/** The value of one field once validated: trimmed texts, dates as Date, lists as arrays. */
type FieldValue<F extends Field> = F extends { widget: 'string' | 'text' | 'file' | 'image' }
  ? string
  : F extends { widget: 'number' }
    ? number
    : F extends { widget: 'boolean' }
      ? boolean
      : F extends { widget: 'date' }
        ? Date
        : F extends { widget: 'select'; options: readonly (infer O extends Option)[] }
          ? Many<F, O['value']>
          : F extends { widget: 'select' | 'relation' }
            ? Many<F, string>
            : F extends { widget: 'string-list' }
              ? string[]
              : F extends { widget: 'object'; fields: infer Fs extends readonly Field[] }
                ? DataOf<Fs>
                : F extends { widget: 'list'; fields: infer Fs extends readonly Field[] }
                  ? DataOf<Fs>[]
                  : never;

/** Whether a validated entry always has the field: required, a list (empty by default) or a field with a default. */
type AlwaysPresent<F extends Field> = F extends { required: true }
  ? true
  : F extends { widget: 'list' | 'string-list' } | { multiple: true } | { default: boolean | string }
    ? true
    : false;

type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The data of an entry whose fields are `Fields`, e.g. `DataOf<typeof fiches.fields>`. */
export type DataOf<Fields extends readonly Field[]> = Flatten<
  { [F in Fields[number] as AlwaysPresent<F> extends true ? F['name'] : never]: FieldValue<F> } & {
    [F in Fields[number] as AlwaysPresent<F> extends true ? never : F['name']]?: FieldValue<F> | undefined;
  }
>;
