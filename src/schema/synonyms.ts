import type { Field } from './fields';

/**
 * The committee's synonyms for the search: one file, `content/recherche/synonymes.yml`, a list under `synonyms`,
 * edited in the committee's CMS as the file collection `collection`.
 */
export const synonymsFile = { folder: 'recherche', name: 'synonymes.yml', key: 'synonyms', collection: 'recherche' } as const;

/** One group of words and expressions the search treats as equivalent. */
export const synonymFields = [
  {
    name: 'words',
    label: 'Mots équivalents',
    labelSingular: 'Mot ou expression',
    hint: 'Au moins deux mots ou expressions qui veulent dire la même chose pour la recherche, par exemple « décrochage » et « abandon scolaire ». Ils servent quand une recherche trouve peu de résultats.',
    widget: 'string-list',
    required: true,
    min: 2,
    max: 12,
  },
] as const satisfies readonly Field[];
