import { digest } from './cache-keys';
import { orderQuestions, questionFacetValues, questionsWith, stateLabels, type Question, type QuestionFacet, type QuestionFacetValue } from './appels';
import type { Taxonomies } from './model';
import { site } from '../config';

const questionFacets: readonly { key: QuestionFacet; label: string }[] = [
  { key: 'theme', label: 'Thème' },
  { key: 'region', label: 'Région' },
];

/** What a question's card shows, its state on `today` included: a page listing it is rebuilt when a date passes. */
function cardOf(question: Question, today: Date) {
  const { path, title, organization, region, themes, deadline, answers } = question;
  return {
    path,
    title,
    organization: organization?.name,
    region: region.name,
    themes: themes.map((t) => t.label),
    deadline,
    answers: answers.length,
    state: stateLabels(question, today),
  };
}

/** Returns the « Parcourir » values of each facet: the themes and regions the questions carry. */
export function questionBrowse(questions: readonly Question[], taxonomies: Taxonomies): { key: QuestionFacet; label: string; values: QuestionFacetValue[] }[] {
  const order = { theme: taxonomies.themes, region: taxonomies.regions };
  return questionFacets.map(({ key, label }) => ({ key, label, values: questionFacetValues(questions, key, order[key]) }));
}

/**
 * Static paths of the questions' listings: `/appels/`, `/appels/theme/` and `/appels/region/` (a facet's values),
 * and `/appels/theme/<id>/`, `/appels/region/<id>/`, each in listing order on `today`, with cache keys.
 */
export function questionListingRoutes(questions: readonly Question[], taxonomies: Taxonomies, today: Date) {
  const ordered = orderQuestions(questions, today);
  const browse = questionBrowse(questions, taxonomies);
  const key = (value: unknown) => digest({ value, browse, committee: site.committeeEmail });
  const listing = (listing: string | undefined, shown: Question[], facet?: QuestionFacetValue) => ({
    params: { listing },
    props: { questions: shown, facet, folder: undefined },
    cacheKey: key({ facet, cards: shown.map((question) => cardOf(question, today)) }),
  });
  return [
    listing(undefined, ordered),
    ...browse.map(({ key: facetKey, label, values }) => ({
      params: { listing: facetKey },
      props: { questions: [], facet: undefined, folder: { key: facetKey, label, values } },
      cacheKey: key({ folder: facetKey }),
    })),
    ...browse.flatMap(({ key: facetKey, values }) => values.map((value) => listing(`${facetKey}/${value.id}`, questionsWith(ordered, facetKey, value.id), value))),
  ];
}

/** Static paths of the questions' own pages, with cache keys covering the question, its answers' pointed items and its state on `today`. */
export function questionRoutes(questions: readonly Question[], today: Date) {
  return questions.map((question) => ({
    params: { slug: question.slug },
    props: { question },
    cacheKey: digest({
      question,
      state: stateLabels(question, today),
      pointers: question.answers.map((answer) => answer.pointers.map((item) => ({ path: item.path, title: item.title, type: item.typeLabel }))),
      committee: site.committeeEmail,
    }),
  }));
}
