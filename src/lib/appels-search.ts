import type { Question } from './appels';
import type { SearchFields, SearchFilterKey } from './search-fields';
import { toIsoDate } from './dates';
import { slugify } from './slugs';

/** Returns the search fields of a question's page: filtered as the `appel` type, by its themes, audiences, region and organization. */
export function questionSearchFields(question: Question): SearchFields {
  const filters: [SearchFilterKey, string][] = [
    ['type', 'appel'],
    ...question.themes.map((theme): [SearchFilterKey, string] => ['theme', theme.id]),
    ...question.audiences.map((audience): [SearchFilterKey, string] => ['public', audience.id]),
    ['region', question.region.id],
  ];
  if (question.organization) filters.push(['organisme', question.organization.slug]);
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
