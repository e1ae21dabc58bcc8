import { formHint } from '../../src/schema/hints';
import type { Field, TaxonomyName } from '../../src/schema/fields';
import { collectionKinds, kinds } from '../../src/schema/registry';
import { extensionPattern } from '../../src/schema/formats';
import { entryUploadFolder } from './uploads';
import { widgetNames } from '../widgets/names';
import { textPattern } from './patterns';
import type { CmsField, CmsOption } from './types';

/** Select options of each taxonomy, read from `content/taxonomies/` when the CMS page is built. */
export type TaxonomyOptions = Record<TaxonomyName, CmsOption[]>;

/** How a relation finds and shows the entries it links to (per the registry); every entry is stored by its file name (slug). */
function relationTarget(collection: string): { search: string[]; display: string[] } {
  const kind = collectionKinds[collection];
  if (!kind) throw new Error(`Relation vers une collection inconnue : ${collection}`);
  return { search: [...kinds[kind].searchFields], display: [kinds[kind].titleField] };
}

/** Returns `{ min, max }` with only the limits that constrain something. */
function limits(field: { min?: number; max?: number }) {
  return {
    ...(field.min ? { min: field.min } : {}),
    ...(field.max !== undefined ? { max: field.max } : {}),
  };
}

/** Returns the Decap widget settings of one field descriptor (name, label, hint and `required` are added by `toCmsField`). */
function widgetSettings(field: Field, taxonomies: TaxonomyOptions): Omit<CmsField, 'name' | 'label'> {
  switch (field.widget) {
    case 'string':
    case 'text': {
      const pattern = textPattern({ min: field.min, max: field.max, format: field.widget === 'string' ? field.format : undefined, required: field.required });
      return { widget: field.widget, ...(pattern ? { pattern } : {}) };
    }
    case 'number':
      return { widget: 'number', value_type: field.integer ? 'int' : 'float', ...(field.integer ? {} : { step: 0.0001 }), ...limits(field) };
    case 'boolean':
      return { widget: 'boolean', ...(field.default !== undefined ? { default: field.default } : {}) };
    case 'date':
      // A date alone, typed as text and kept unquoted as 2024-03-12 (the form our loader and Decap's YAML both keep
      // as is); Decap's own date widget reads what is typed in the browser's language. `{{now}}`: today, for new entries, except an event's day.
      // An optional date (an event's last day) starts empty.
      return {
        widget: widgetNames.date,
        format: 'YYYY-MM-DD',
        ...(field.required && !field.startsEmpty ? { default: '{{now}}' } : {}),
        ...(field.notBefore ? { not_before: field.notBefore } : {}),
      };
    case 'select':
      return {
        widget: 'select',
        options: 'taxonomy' in field.options ? taxonomies[field.options.taxonomy] : field.options.map(({ label, value }) => ({ label, value })),
        multiple: field.multiple,
        ...(field.multiple ? limits(field) : {}),
        // A required list of choices starts as an empty list: Decap's select would otherwise set one when the
        // form opens, and an untouched new form would read « Modifications non enregistrées ».
        ...(field.default !== undefined ? { default: field.default } : field.multiple && field.required ? { default: [] } : {}),
      };
    case 'relation':
      return {
        widget: 'relation',
        collection: field.collection,
        value_field: '{{slug}}',
        search_fields: relationTarget(field.collection).search,
        display_fields: relationTarget(field.collection).display,
        options_length: 50,
        multiple: field.multiple,
        ...(field.multiple ? limits(field) : {}),
      };
    case 'file':
    case 'image': {
      // Each entry uploads into a folder of its own, public/<folder>/<entry>/, and stores the public path,
      // e.g. /fichiers/outils/guide-d-animation/guide.pdf: two entries never share a file name.
      const folder = entryUploadFolder(field.folder);
      return {
        widget: field.widget,
        // Decap tests the pattern on the file name only; the upload widget checks the folder (cms/media/upload-widgets.ts).
        pattern: [extensionPattern(field.accept).source, `un fichier ${field.accept.map((extension) => extension.toUpperCase()).join(', ')}`],
        media_folder: `/public${folder}`,
        public_folder: folder,
        choose_url: false,
      };
    }
    case 'string-list':
      return {
        widget: 'list',
        label_singular: field.labelSingular,
        field: { name: 'line', label: field.label, widget: 'string', required: true },
        ...limits(field),
      };
    case 'list':
      return {
        widget: 'list',
        label_singular: field.labelSingular,
        fields: field.fields.map((sub) => toCmsField(sub, taxonomies)),
        ...(field.fields.some((sub) => sub.name === 'title') ? { summary: '{{fields.title}}' } : {}),
        ...limits(field),
      };
    case 'object': {
      const hasRequiredPart = field.fields.some((sub) => sub.required);
      return {
        widget: !field.required && hasRequiredPart ? widgetNames.optionalObject : 'object',
        collapsed: false,
        // Decap fills a new entry's nested defaults, which would make an optional object present (and its
        // required parts missing) before anyone opens it: parts of an object start empty.
        fields: field.fields.map((sub) => withoutDefault(toCmsField(sub, taxonomies))),
      };
    }
  }
}

/** Returns a form field without its default value. */
function withoutDefault({ default: _default, ...field }: CmsField): CmsField {
  return field;
}

/** Returns an entry's title field (its identifier) with the widget that shows a new entry's page address. */
export function asEntryTitle(field: CmsField): CmsField {
  return field.widget === 'string' ? { ...field, widget: widgetNames.entryTitle } : field;
}

/** Returns the Decap CMS form field for a schema field descriptor. */
export function toCmsField(field: Field, taxonomies: TaxonomyOptions): CmsField {
  const { widget, ...settings } = widgetSettings(field, taxonomies);
  const hint = formHint(field);
  return {
    name: field.name,
    label: field.label,
    widget,
    required: field.required,
    ...(hint ? { hint } : {}),
    ...settings,
  };
}
