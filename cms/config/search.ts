import { synonymFields, synonymsFile } from '../../src/schema/synonyms';
import { toCmsField, type TaxonomyOptions } from './fields';
import type { CmsCollection } from './types';

/** Returns the « Recherche » file collection, for the committee: the groups of words the site's search treats as equivalent. */
export function searchCollection(taxonomies: TaxonomyOptions): CmsCollection {
  return {
    name: synonymsFile.collection,
    label: 'Recherche',
    label_singular: 'Réglage de la recherche',
    description:
      'Les mots que la recherche du site traite comme équivalents. Quand une recherche trouve peu de résultats avec tous ses mots, elle cherche aussi chacun d’eux et ses équivalents, et le dit au visiteur. Le pluriel et les accents sont pris en compte tout seuls ; le féminin ne l’est pas.',
    delete: false,
    files: [
      {
        name: 'synonymes',
        label: 'Synonymes',
        file: `content/${synonymsFile.folder}/${synonymsFile.name}`,
        fields: [
          {
            name: synonymsFile.key,
            label: 'Groupes de mots équivalents',
            label_singular: 'Groupe de mots équivalents',
            widget: 'list',
            required: true,
            summary: '{{fields.words}}',
            fields: synonymFields.map((field) => toCmsField(field, taxonomies)),
          },
        ],
      },
    ],
  };
}
