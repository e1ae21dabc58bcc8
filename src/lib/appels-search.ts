import type { Question } from './appels';
import type { SearchFields, SearchFilterKey } from './search-fields';
import { toIsoDate } from './dates';
import { slugify } from './slugs';

/**
 * Returns the search fields of a question's page. Only the `type` filter: the theme, region and public counts of
 * the search stay those of the library (as the home page counts them); questions have their own listings by theme and region.
 */
export function questionSearchFields(question: Question): SearchFields {
  const filters: [SearchFilterKey, string][] = [['type', 'appel']];
  const meta: [string, string][] = [
    ['type', 'Appel à la communauté'],
    ['resume', `${question.status === 'repondu' ? 'Répondu' : 'Ouvert'} · ${question.answers.length} réponse${question.answers.length > 1 ? 's' : ''}`],
    ['region', question.region.name],
  ];
  if (question.organization) meta.push(['organisme', question.organization.name]);
  return {
    filters,
    sorts: [
      ['date', toIsoDate(question.published)],
      ['titre', slugify(question.title)],
    ],
    meta,
  };
}
