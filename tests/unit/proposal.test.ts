import { describe, expect, test } from 'vitest';
import { proposalProblems } from '../../src/lib/proposal/check';
import { proposedFile } from '../../src/lib/proposal/entry';
import { cmsImport } from '../../src/lib/proposal/import';
import { proposalKind } from '../../src/lib/proposal/kinds';
import { mailtoLimit, proposalMailto, proposalMessage, proposalSubject, readProposal } from '../../src/lib/proposal/message';
import { formHint } from '../../src/schema/hints';

const now = new Date('2026-03-10T12:00:00');
const question = proposalKind('question');
const values = {
  fields: {
    title: 'Comment garder le lien avec les jeunes pendant l’été?',
    organization: 'carrefour-jeunesse-matane',
    themes: ['raccrochage'],
    audiences: ['secondaire'],
    region: '01',
  },
  sections: ['Nos jeunes décrochent du lien pendant les vacances.', '', 'Des idées simples à essayer en juillet.'],
};

describe('a proposed entry', () => {
  test('is the entry file itself: asked fields, presets, and the filled sections under their headings', () => {
    const file = proposedFile(question, values, '2026-03-10');
    expect(file.path).toBe('content/appels/comment-garder-le-lien-avec-les-jeunes-pendant-l-ete.mdx');
    expect(file.text).toContain('title: Comment garder le lien avec les jeunes pendant l’été?\n');
    expect(file.text).toContain('audiences:\n  - secondaire\n');
    expect(file.text).toContain('status: ouvert\npublished: 2026-03-10\n');
    expect(file.text).toContain('## La situation\n\nNos jeunes');
    expect(file.text).not.toContain('## Ce que nous avons essayé');
    expect(file.text).toContain('## Ce que nous cherchons\n\nDes idées');
  });

  test('passes the build’s checks when filled in, and gets the build’s French messages when not', () => {
    expect(proposalProblems(proposedFile(question, values, '2026-03-10'), question.spec, now)).toEqual([]);
    const short = proposedFile(question, { ...values, fields: { ...values.fields, title: 'Été?' } }, '2026-03-10');
    const problems = proposalProblems(short, question.spec, now).map((problem) => `${problem.subject} : ${problem.problem}`);
    expect(problems).toContain('champ « Question » (title) : au moins 10 caractères');
    const missing = proposalProblems(proposedFile(question, { fields: {}, sections: [] }, '2026-03-10'), question.spec, now);
    expect(missing.find((problem) => problem.subject === 'champ « Question » (title)')?.fix).toBe(`remplissez ce champ. ${formHint(question.spec.fields[0]!)!}`);
    const unsafe = proposedFile(question, { ...values, sections: ['Voir {process.exit()}'] }, '2026-03-10');
    expect(proposalProblems(unsafe, question.spec, now).some((problem) => problem.subject === 'corps du texte')).toBe(true);
  });

  test('of an event keeps the fields of its place together', () => {
    const event = proposalKind('rencontre');
    const file = proposedFile(event, { fields: { title: 'Forum', 'place.city': 'Rimouski', 'place.venue': '' }, sections: [] }, '2026-03-10');
    expect(file.text).toContain('place:\n  city: Rimouski\n');
    expect(file.text).not.toContain('venue');
  });
});

describe('the e-mail', () => {
  const file = proposedFile(question, values, '2026-03-10');
  const message = proposalMessage(file);

  test('is a mailto: link up to the limit, and none past it', () => {
    const href = proposalMailto('comite@exemple.org', proposalSubject('Appel', 'Été'), message);
    expect(href?.startsWith('mailto:comite@exemple.org?subject=')).toBe(true);
    expect(href!.length).toBeLessThanOrEqual(mailtoLimit);
    expect(proposalMailto('comite@exemple.org', 'Long', message + 'x'.repeat(mailtoLimit))).toBeUndefined();
  });

  test('gives back the same file once pasted, even quoted by a mail app', () => {
    expect(readProposal(`Re: proposition\n${message}`)).toEqual({ ok: true, collection: 'appels', file });
    const quoted = message
      .split('\n')
      .map((line) => `> ${line}  `)
      .join('\r\n');
    expect(readProposal(quoted)).toEqual({ ok: true, collection: 'appels', file });
  });

  test('cut before its end is refused with a French message', () => {
    const result = readProposal(message.slice(0, message.indexOf('-----', 60)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain('collez tout le courriel');
  });
});

describe('the committee’s import', () => {
  test('opens the new-entry form of the committee’s CMS with every field and the body in its address', () => {
    const file = proposedFile(question, values, '2026-03-10');
    const { href, byHand } = cmsImport('/admin/comite/', question.spec, file.text, file.path);
    expect(href.startsWith('/admin/comite/#/collections/appels/new?')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(query.get('title')).toBe(values.fields.title);
    expect(query.get('audiences')).toBe('secondaire');
    expect(query.get('status')).toBe('ouvert');
    expect(query.get('published')).toBe('2026-03-10');
    expect(query.get('body')).toMatch(/^## La situation\n\nNos jeunes[\s\S]*Des idées simples à essayer en juillet\.$/);
    expect(byHand).toEqual([]);
  });

  test('carries an event’s place field by field, under its dotted path, which Decap fills inside the object', () => {
    const event = proposalKind('rencontre');
    const place = { 'place.venue': 'Salle du Pont, 2e étage', 'place.address': '12, rue Principale', 'place.city': 'Rimouski', 'place.region': 'bas-saint-laurent' };
    const file = proposedFile(event, { fields: { title: 'Forum', ...place }, sections: [] }, '2026-03-10');
    const { href, byHand } = cmsImport('/admin/comite/', event.spec, file.text, file.path);
    expect(byHand).toEqual([]);
    const query = new URLSearchParams(href.slice(href.indexOf('?')));
    for (const [key, value] of Object.entries(place)) expect(query.get(key), key).toBe(value);
    expect(query.has('place')).toBe(false);
  });
});
