import type { CollectionSpec } from '../../src/schema/fields';
import { collectionKinds, kinds, taxonomies as taxonomySpecs, taxonomyNames, type TaxonomySpec } from '../../src/schema/registry';
import { asEntryTitle, toCmsField, type TaxonomyOptions } from './fields';
import { widgetNames } from '../widgets/names';
import type { CmsCollection, CmsField } from './types';

/** Where a collection's entries are published on the site, for the CMS's « Voir en ligne » links: a kind's route, or the site's root for pages. */
function previewPath(collection: string): string {
  const kind = collectionKinds[collection];
  return kind ? `${kinds[kind].route}/{{slug}}/` : '{{slug}}/';
}

/** Pages are fixed by the site's menus: contributors edit them but do not add new ones. */
const fixedCollections = new Set(['pages']);

const formattingHint =
  'Mise en forme : « ## » devant un intertitre, « - » devant un élément de liste, ' +
  '« | » entre les colonnes d’un tableau, [texte du lien](/pratiques/nom-de-la-fiche/) pour un lien.';

/** Returns the Markdown body a new entry starts with: one `##` heading per section, in order. */
export function bodyTemplate(sections: readonly string[]): string {
  return sections.length === 0 ? '' : `${sections.map((heading) => `## ${heading}`).join('\n\n\n')}\n`;
}

/**
 * Returns the body field of a collection. With sections, one plain text area per section (`widgetNames.sections`,
 * its template read from `default`); without, a raw Markdown editor: Decap's rich-text mode rewrites Markdown
 * it did not write (list markers, table padding), and entries must survive the CMS unchanged.
 */
function bodyField(spec: CollectionSpec): CmsField {
  const base = { name: 'body', label: 'Contenu' };
  const template = bodyTemplate(spec.bodySections);
  if (spec.bodySections.length > 0)
    return { ...base, widget: widgetNames.sections, required: true, hint: 'Une zone de texte par partie, dans l’ordre de la page publiée.', default: template };
  return { ...base, widget: 'markdown', required: spec.bodyRequired ?? true, hint: `Texte de la page. ${formattingHint}`, modes: ['raw'], default: template };
}

/** Returns the Decap folder collection of a content type. */
export function toCmsCollection(spec: CollectionSpec, taxonomies: TaxonomyOptions): CmsCollection {
  const kind = collectionKinds[spec.name];
  const identifier = kind ? kinds[kind].titleField : 'title';
  const isMdx = spec.extension === 'mdx';
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    folder: `content/${spec.folder}`,
    extension: spec.extension,
    // Decap does not know .mdx: the format is named so it reads and writes YAML front matter.
    format: isMdx ? 'yaml-frontmatter' : 'yml',
    create: !fixedCollections.has(spec.name),
    // With the editorial workflow a deletion would skip review and go straight to the main branch.
    delete: false,
    slug: '{{slug}}',
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    sortable_fields: spec.fields.some((field) => field.name === 'published') ? [identifier, 'published'] : [identifier],
    preview_path: previewPath(spec.name),
    fields: [
      ...spec.fields.map((field) => (field.name === identifier ? asEntryTitle(toCmsField(field, taxonomies)) : toCmsField(field, taxonomies))),
      ...(isMdx ? [bodyField(spec)] : []),
    ],
  };
}

/** How the CMS lists a taxonomy's values: by label, after the official code when there is one. */
function summaryOf(spec: TaxonomySpec): string {
  return spec.codeField ? `{{fields.${spec.codeField}}} {{fields.${spec.labelField}}}` : `{{fields.${spec.labelField}}}`;
}

/** Returns the « Taxonomies » file collection: one file per taxonomy, a list of values under the taxonomy's key. */
export function taxonomiesCollection(taxonomies: TaxonomyOptions): CmsCollection {
  return {
    name: 'taxonomies',
    label: 'Listes de valeurs',
    label_singular: 'Liste de valeurs',
    description: 'Les thèmes, publics, niveaux de preuve et régions proposés dans les formulaires. Changer un identifiant déjà utilisé casse les contenus qui s’y rapportent.',
    delete: false,
    files: taxonomyNames.map((name) => ({
      name,
      label: taxonomySpecs[name].label,
      file: `content/taxonomies/${name}.yml`,
      fields: [
        {
          name,
          label: taxonomySpecs[name].label,
          label_singular: taxonomySpecs[name].labelSingular,
          widget: 'list',
          required: true,
          min: 1,
          summary: summaryOf(taxonomySpecs[name]),
          fields: taxonomySpecs[name].fields.map((field) => toCmsField(field, taxonomies)),
        },
      ],
    })),
  };
}
