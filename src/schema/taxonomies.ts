import type { Field } from './fields';

const id = {
  name: 'id',
  label: 'Identifiant',
  hint: 'Minuscules, chiffres et traits d’union ; ne plus le changer une fois publié.',
  widget: 'string',
  format: 'slug',
  required: true,
} as const satisfies Field;

/** Taxonomy files in `content/taxonomies/<name>.yml`, each a list under the key `<name>`. */
export const taxonomyFields = {
  themes: [
    id,
    { name: 'label', label: 'Libellé', widget: 'string', required: true, max: 80 },
    { name: 'description', label: 'Description', widget: 'text', required: true, max: 300 },
  ],
  audiences: [
    id,
    { name: 'label', label: 'Libellé', widget: 'string', required: true, max: 80 },
    { name: 'description', label: 'Description', widget: 'text', required: false, max: 300 },
  ],
  evidence: [
    id,
    { name: 'rank', label: 'Rang', widget: 'number', integer: true, min: 1, max: 9, required: true },
    { name: 'label', label: 'Libellé', widget: 'string', required: true, max: 80 },
    { name: 'definition', label: 'Définition publique', widget: 'text', required: true, max: 600 },
  ],
  regions: [
    id,
    { name: 'code', label: 'Code officiel', widget: 'string', required: true, min: 2, max: 2 },
    { name: 'name', label: 'Nom officiel', widget: 'string', required: true, max: 80 },
  ],
} as const satisfies Record<string, readonly Field[]>;
