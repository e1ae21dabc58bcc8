import { describe, expect, test } from 'vitest';
import { answerContacts, buildQuestions, citations, isOverdue, orderQuestions, questionFacetValues, questionsWith, stateLabels, type Question } from '../../src/lib/appels';
import { buildLibrary, type RawEntry } from '../../src/lib/library';
import type { EntryData } from '../../src/lib/model';
import { checkEntryFile } from '../../src/lib/validation/entry';
import { formatProblem } from '../../src/lib/validation/problem';
import { appels } from '../../src/schema/collections';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-12-02');

function raw(id: string, data: Partial<EntryData<'appel'>>): RawEntry<EntryData<'appel'>> {
  return {
    id,
    filePath: `content/appels/${id}.mdx`,
    body: '## La situation\nUn texte.',
    data: {
      title: `Question ${id}?`,
      organization: 'org-a',
      themes: ['perseverance-scolaire'],
      audiences: ['parents'],
      region: 'estrie',
      status: 'ouvert',
      published: day('2026-10-01'),
      answers: [],
      sample: false,
      ...data,
    },
  };
}

const question = (id: string, data: Partial<EntryData<'appel'>> = {}): Question => buildQuestions([raw(id, data)], library)[0]!;
const answer = (data: Partial<EntryData<'appel'>['answers'][number]> = {}) => ({
  organization: 'org-b',
  text: 'Nous avons essayé ceci.',
  sheets: [],
  tools: [],
  models: [],
  ...data,
});

describe('buildQuestions', () => {
  test('resolves the organizations, taxonomies and the sheets, tools and models an answer points at', () => {
    const q = question('a', { status: 'repondu', answers: [answer({ sheets: ['beta'], tools: ['grille'] })] });
    expect(q.path).toBe('/appels/a/');
    expect(q.organization?.name).toBe('Org A');
    expect(q.region.name).toBe('Estrie');
    expect(q.answers[0]!.organization?.name).toBe('Org B');
    expect(q.answers[0]!.pointers.map((item) => item.path)).toEqual(['/pratiques/beta/', '/outils/grille/']);
  });

  test('buildLibrary builds them as it builds reports and events, in their files’ order', () => {
    const raws = sampleRaw();
    raws.entries.appel = [raw('b', { answers: [answer({ sheets: ['beta'] })] }), raw('a', {})];
    const { questions } = buildLibrary(raws, anySize);
    expect(questions.map((q) => q.path)).toEqual(['/appels/b/', '/appels/a/']);
    expect(questions[0]!.answers[0]!.pointers.map((item) => item.path)).toEqual(['/pratiques/beta/']);
  });
});

describe('isOverdue and stateLabels', () => {
  test('an open question past its date is « Ouvert » and « Date souhaitée dépassée »', () => {
    const q = question('a', { deadline: day('2026-12-01') });
    expect(isOverdue(q, today)).toBe(true);
    expect(stateLabels(q, today)).toEqual(['Ouvert', 'Date souhaitée dépassée']);
  });

  test('the deadline day itself is not past', () => {
    expect(stateLabels(question('a', { deadline: day('2026-12-02') }), new Date('2026-12-02T23:30:00Z'))).toEqual(['Ouvert']);
  });

  test('an answered question is never overdue, whatever its date', () => {
    const q = question('a', { deadline: day('2026-01-01'), status: 'repondu', answers: [answer()] });
    expect(isOverdue(q, today)).toBe(false);
    expect(stateLabels(q, today)).toEqual(['Répondu']);
  });

  test('an open question without a date is only « Ouvert »', () => {
    expect(stateLabels(question('a'), today)).toEqual(['Ouvert']);
  });
});

describe('orderQuestions', () => {
  test('puts open questions first, soonest date first, then without a date, then past their date, then answered ones newest first', () => {
    const questions = [
      question('repondu-ancien', { status: 'repondu', answers: [answer()], published: day('2026-01-01') }),
      question('sans-date', {}),
      question('depasse', { deadline: day('2026-11-01') }),
      question('tard', { deadline: day('2027-03-01') }),
      question('repondu-recent', { status: 'repondu', answers: [answer()], published: day('2026-11-01') }),
      question('bientot', { deadline: day('2026-12-15') }),
    ];
    expect(orderQuestions(questions, today).map((q) => q.slug)).toEqual(['bientot', 'tard', 'sans-date', 'depasse', 'repondu-recent', 'repondu-ancien']);
  });
});

describe('questionFacetValues and questionsWith', () => {
  const questions = [question('a', { themes: ['litteratie', 'perseverance-scolaire'] }), question('b', { region: 'montreal' })];

  test('counts each theme and region the questions carry, in the taxonomy’s order, with its listing path', () => {
    expect(questionFacetValues(questions, 'region', library.taxonomies.regions)).toEqual([
      { key: 'region', id: 'estrie', label: 'Estrie', count: 1, path: '/appels/region/estrie/' },
      { key: 'region', id: 'montreal', label: 'Montréal', count: 1, path: '/appels/region/montreal/' },
    ]);
    expect(questionFacetValues(questions, 'theme', library.taxonomies.themes).map(({ id, count }) => [id, count])).toEqual([
      ['perseverance-scolaire', 2],
      ['litteratie', 1],
    ]);
  });

  test('keeps the questions of one value', () => {
    expect(questionsWith(questions, 'theme', 'litteratie').map((q) => q.slug)).toEqual(['a']);
    expect(questionsWith(questions, 'region', 'montreal').map((q) => q.slug)).toEqual(['b']);
  });
});

describe('answerContacts', () => {
  test('writes to the asking organization, or to the committee with the question’s address', () => {
    const contacts = answerContacts(question('a', { title: 'Comment faire & réussir?' }), 'comite@exemple.org');
    expect(contacts.organization?.email).toBe('a@a.example');
    expect(new URL(contacts.organization!.href).searchParams.get('subject')).toBe('Réponse à l’appel : Comment faire & réussir?');
    expect(contacts.committee.href).toMatch(/^mailto:comite@exemple\.org\?subject=/);
    expect(new URL(contacts.committee.href).searchParams.get('body')).toBe('Adresse de l’appel : /appels/a/');
  });
});

describe('citations', () => {
  test('lists, for each pointed item, the questions whose answers cite it, once each, newest first', () => {
    const older = question('vieux', { published: day('2026-01-01'), status: 'repondu', answers: [answer({ sheets: ['beta'] }), answer({ sheets: ['beta'] })] });
    const newer = question('neuf', { published: day('2026-06-01'), status: 'repondu', answers: [answer({ sheets: ['beta'], tools: ['grille'] })] });
    const cited = citations([older, newer]);
    expect(cited.get('fiche:beta')?.map((q) => q.slug)).toEqual(['neuf', 'vieux']);
    expect(cited.get('outil:grille')?.map((q) => q.slug)).toEqual(['neuf']);
    expect(cited.has('fiche:alpha')).toBe(false);
  });
});

describe('the « Répondu » rule, in the validator', () => {
  const file = (front: string) =>
    checkEntryFile('content/appels/x.mdx', new TextEncoder().encode(`---\n${front}\n---\n## La situation\nUn texte assez long pour passer.\n`), appels, {
      fileSize: () => 1,
      now: today,
    });
  const front = (status: string, answers = '') =>
    `title: Comment garder le lien l’été?\norganization: org-a\nthemes:\n  - litteratie\naudiences:\n  - parents\nregion: estrie\nstatus: ${status}\npublished: 2026-10-01${answers}`;

  test('refuses an answered question without an answer, naming the file, the field and the fix', () => {
    const errors = file(front('repondu')).problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([
      'content/appels/x.mdx:2 — champ « Réponses » (answers) : vide alors que « Statut » (status) vaut « Répondu ». Correction : Ajoutez au moins un élément « Réponse », ou choisissez une autre valeur pour « Statut » (status).',
    ]);
  });

  test('accepts an answered question with one answer, and an open one with none', () => {
    const one = '\nanswers:\n  - organization: org-b\n    text: Nous avons essayé des appels du soir.';
    expect(file(front('repondu', one)).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(file(front('ouvert')).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
