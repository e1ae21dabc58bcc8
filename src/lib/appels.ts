/**
 * Questions to the network (« Appels à la communauté »): their references resolved, their state on a given day,
 * their order in listings, their listings by theme and region, and what the open data and the feed say of them.
 */
import type { Library, RawEntry } from './library';
import type { EntryData, Item, Organization, Region, TaxonomyValue } from './model';
import { itemKey } from './model';
import { entryPath, kindPath } from './slugs';
import { compareFrench } from './text';
import { mailtoHref } from './contact';
import { toIsoDate } from './dates';
import { withPreposition } from './french-names';

type QuestionData = EntryData<'appel'>;
type QuestionStatus = QuestionData['status'];

/** One organization's answer, its pointers resolved to the library's sheets, tools and models. */
export interface Answer {
  organization: Organization | undefined;
  date?: Date | undefined;
  text: string;
  /** Sheets, then tools, then models, as the answer names them. */
  pointers: Item[];
}

export interface Question {
  kind: 'appel';
  slug: string;
  path: string;
  file: string;
  title: string;
  organization: Organization | undefined;
  themes: TaxonomyValue<'themes'>[];
  audiences: TaxonomyValue<'audiences'>[];
  region: Region;
  deadline?: Date | undefined;
  status: QuestionStatus;
  published: Date;
  answers: Answer[];
  sample: boolean;
  /** The problem, as the organization describes it (Markdown). */
  body: string;
}

/** Returns the questions with their organizations, taxonomies and pointed items resolved (the library checked that they exist). */
export function buildQuestions(entries: readonly RawEntry<QuestionData>[], library: Pick<Library, 'organizations' | 'taxonomies' | 'byKey'>): Question[] {
  const organizations = new Map(library.organizations.map((org) => [org.slug, org]));
  const { themes, audiences, regions } = library.taxonomies;
  const pick = <T extends { id: string }>(values: readonly T[], ids: readonly string[]) => ids.flatMap((id) => values.find((value) => value.id === id) ?? []);
  const items = (kind: Item['kind'], slugs: readonly string[]) => slugs.flatMap((slug) => library.byKey.get(itemKey({ kind, slug })) ?? []);
  return entries.map(({ id, filePath, data, body }) => ({
    kind: 'appel',
    slug: id,
    path: entryPath('appel', id),
    file: filePath ?? `content/appels/${id}.mdx`,
    title: data.title,
    organization: organizations.get(data.organization),
    themes: pick(themes, data.themes),
    audiences: pick(audiences, data.audiences),
    region: regions.find((region) => region.id === data.region) ?? { id: data.region, code: '', name: data.region },
    deadline: data.deadline,
    status: data.status,
    published: data.published,
    answers: data.answers.map((answer) => ({
      organization: organizations.get(answer.organization),
      date: answer.date,
      text: answer.text,
      pointers: [...items('fiche', answer.sheets), ...items('outil', answer.tools), ...items('modele', answer.models)],
    })),
    sample: data.sample,
    body: body ?? '',
  }));
}

/** Returns whether an open question's wished-for date has passed on `today` (the deadline day itself still counts). */
export function isOverdue(question: Pick<Question, 'status' | 'deadline'>, today: Date): boolean {
  return question.status === 'ouvert' && question.deadline !== undefined && toIsoDate(question.deadline) < toIsoDate(today);
}

/** Returns what a card and a page say of a question's state: « Ouvert », « Répondu », and « Date souhaitée dépassée » for an open question past its date. */
export function stateLabels(question: Pick<Question, 'status' | 'deadline'>, today: Date): string[] {
  if (question.status === 'repondu') return ['Répondu'];
  return isOverdue(question, today) ? ['Ouvert', 'Date souhaitée dépassée'] : ['Ouvert'];
}

/** Rank of an open question: a date still to come first, then no date, then a date passed. */
function openRank(question: Question, today: Date): number {
  if (question.deadline === undefined) return 1;
  return isOverdue(question, today) ? 2 : 0;
}

const newestFirst = (a: Question, b: Question) => b.published.getTime() - a.published.getTime() || compareFrench(a.title, b.title);

/**
 * Returns the questions in listing order: open ones first — those whose date is still to come, soonest first;
 * then those without a date, newest first; then those past their date, most recently passed first — then answered ones, newest first.
 */
export function orderQuestions(questions: readonly Question[], today: Date): Question[] {
  const open = questions.filter((question) => question.status === 'ouvert');
  const answered = questions.filter((question) => question.status === 'repondu');
  const byDeadline = (a: Question, b: Question) => {
    const rank = openRank(a, today) - openRank(b, today);
    if (rank !== 0 || a.deadline === undefined || b.deadline === undefined) return rank || newestFirst(a, b);
    const soonest = a.deadline.getTime() - b.deadline.getTime();
    return (openRank(a, today) === 2 ? -soonest : soonest) || newestFirst(a, b);
  };
  return [...open.sort(byDeadline), ...answered.sort(newestFirst)];
}

/** Returns the open questions in listing order. */
export function openQuestions(questions: readonly Question[], today: Date): Question[] {
  return orderQuestions(questions, today).filter((question) => question.status === 'ouvert');
}

/** The ways the questions' listing is narrowed: `/appels/theme/<id>/`, `/appels/region/<id>/`. */
export type QuestionFacet = 'theme' | 'region';

export interface QuestionFacetValue {
  key: QuestionFacet;
  id: string;
  label: string;
  count: number;
  path: string;
}

/** Returns the path of the folder of a facet (`/appels/theme/`) or of one of its values (`/appels/theme/litteratie/`). */
export function questionFacetPath(key: QuestionFacet, id?: string): string {
  return `${kindPath('appel')}${key}/${id ? `${id}/` : ''}`;
}

function valuesOf(question: Question, key: QuestionFacet): { id: string; label: string }[] {
  return key === 'theme' ? question.themes : [{ id: question.region.id, label: question.region.name }];
}

/** Returns the values of a facet the questions carry, with their counts, in the taxonomy's order. */
export function questionFacetValues(questions: readonly Question[], key: QuestionFacet, order: readonly { id: string }[]): QuestionFacetValue[] {
  const counts = new Map<string, QuestionFacetValue>();
  for (const question of questions) {
    for (const { id, label } of valuesOf(question, key)) {
      const value = counts.get(id) ?? { key, id, label, count: 0, path: questionFacetPath(key, id) };
      value.count++;
      counts.set(id, value);
    }
  }
  const position = (id: string) => order.findIndex((value) => value.id === id);
  return [...counts.values()].sort((a, b) => position(a.id) - position(b.id));
}

/** Returns the questions carrying one value of a facet, in the order given. */
export function questionsWith(questions: readonly Question[], key: QuestionFacet, id: string): Question[] {
  return questions.filter((question) => valuesOf(question, key).some((value) => value.id === id));
}

/** How to answer a question: a message to the asking organization, and to the committee for those who prefer not to write directly. */
export function answerContacts(
  question: Question,
  committeeEmail: string,
): { organization?: { name: string; toName: string; email: string; href: string } | undefined; committee: { email: string; href: string } } {
  const subject = `Réponse à l’appel : ${question.title}`;
  const org = question.organization;
  return {
    organization: org ? { name: org.name, toName: withPreposition('à', org), email: org.email, href: mailtoHref(org.email, subject) } : undefined,
    committee: { email: committeeEmail, href: mailtoHref(committeeEmail, subject, `Adresse de l’appel : ${question.path}`) },
  };
}

/** Returns, for each sheet, tool or model an answer points at (by item key), the questions it answers, newest first. */
export function citations(questions: readonly Question[]): Map<string, Question[]> {
  const cited = new Map<string, Question[]>();
  for (const question of [...questions].sort(newestFirst)) {
    const keys = new Set(question.answers.flatMap((answer) => answer.pointers.map(itemKey)));
    for (const key of keys) cited.set(key, [...(cited.get(key) ?? []), question]);
  }
  return cited;
}

/** Returns a question as plain JSON-ready data for the open data. */
export function questionData(question: Question, siteUrl: string) {
  return {
    id: question.slug,
    url: new URL(question.path, siteUrl).href,
    title: question.title,
    organization: question.organization?.slug ?? null,
    themes: question.themes.map((theme) => theme.id),
    audiences: question.audiences.map((audience) => audience.id),
    region: question.region.code,
    deadline: question.deadline ? toIsoDate(question.deadline) : null,
    status: question.status,
    published: toIsoDate(question.published),
    answers: question.answers.map((answer) => ({
      organization: answer.organization?.slug ?? null,
      date: answer.date ? toIsoDate(answer.date) : null,
      text: answer.text,
      pointers: answer.pointers.map((item) => new URL(item.path, siteUrl).href),
    })),
    sample: question.sample,
    body: question.body,
  };
}

/** Returns what the RSS feed says of a question. */
export function questionFeedEntry(question: Question) {
  const by = question.organization ? ` — ${question.organization.name}, ${question.region.name}` : '';
  return { title: question.title, path: question.path, summary: `Appel à la communauté${by}.`, typeLabel: 'Appel à la communauté', published: question.published };
}
