import { describe, expect, test } from 'vitest';
import { poll, useCmsStack, waitForDraft } from './cms-harness';
import { proposalKind } from '../../src/lib/proposal/kinds';
import { proposedFile } from '../../src/lib/proposal/entry';
import { proposalMessage } from '../../src/lib/proposal/message';
import { splitFrontMatter } from '../../src/lib/front-matter';

// The committee's side of « Proposer sans compte »: a received e-mail pasted in /admin/comite/importer/ becomes a draft
// of the committee's CMS on decap-server's throw-away clone (the CMS stack: the only way to see the draft made).
const cms = useCmsStack();

test('the committee pastes a received question: the CMS form opens filled in, and « Enregistrer » makes the draft', async () => {
  const question = proposalKind('question');
  const file = proposedFile(
    question,
    {
      fields: {
        title: 'Comment garder le lien avec les jeunes pendant l’été?',
        organization: 'tremplin-estrie',
        themes: ['raccrochage'],
        audiences: ['jeunes-adultes'],
        region: 'estrie',
      },
      sections: ['Nos jeunes perdent le contact avec nous pendant les vacances d’été.'],
    },
    '2026-03-10',
  );
  // As a mail app shows a reply: every line quoted.
  const received = `Le 10 mars, un membre a écrit :\n${proposalMessage(file)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}`;
  const page = await cms.openTab();
  await cms.signIn(page);
  await page.goto(`${cms.url}/admin/comite/importer/`);
  await page.getByLabel('Courriel reçu').fill(received);
  await page.getByRole('button', { name: 'Ouvrir dans l’espace du comité' }).click();
  await page.waitForURL(/\/admin\/comite\/#\/collections\/appels\/new\?/);
  await poll(() => page.getByLabel('Question', { exact: true }).inputValue()).toBe('Comment garder le lien avec les jeunes pendant l’été?');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const slug = 'comment-garder-le-lien-avec-les-jeunes-pendant-l-ete';
  const draft = await waitForDraft(cms.repo, `cms/appels/${slug}`, `content/appels/${slug}.mdx`);
  const saved = splitFrontMatter(draft, 'brouillon');
  const proposed = splitFrontMatter(file.text, 'proposition');
  for (const name of ['title', 'organization', 'themes', 'audiences', 'region', 'status']) expect(saved.data[name], name).toEqual(proposed.data[name]);
  expect(saved.body).toContain('Nos jeunes perdent le contact avec nous pendant les vacances d’été.');
  expect(cms.problems).toEqual([]);
});

describe('an event’s place', () => {
  test('the committee pastes a received event: « Lieu » opens filled in with the rest, and « Enregistrer » saves it to the draft', async () => {
    const event = proposalKind('rencontre');
    const place = { venue: 'Salle communautaire, 2e étage', address: '12, rue Principale', city: 'Rimouski', region: 'bas-saint-laurent' };
    const file = proposedFile(
      event,
      {
        fields: {
          title: 'Forum régional sur le raccrochage',
          summary: 'Une journée pour comparer nos façons d’accueillir les jeunes qui reviennent aux études.',
          format: 'en-personne',
          date: '2027-04-15',
          startTime: '09:00',
          ...Object.fromEntries(Object.entries(place).map(([name, value]) => [`place.${name}`, value])),
          organization: 'tremplin-estrie',
          themes: ['raccrochage'],
        },
        sections: [],
      },
      '2026-03-10',
    );
    const page = await cms.openTab('/admin/');
    // The tabs share one sign-in: the test above may have signed in already.
    const signIn = page.getByRole('button', { name: 'Se connecter' });
    await signIn
      .or(page.getByRole('link', { name: 'Fiches de pratique', exact: true }))
      .first()
      .waitFor({ timeout: 30_000 });
    if (await signIn.isVisible()) await cms.signIn(page);
    await page.goto(`${cms.url}/admin/comite/importer/`);
    await page.getByLabel('Courriel reçu').fill(proposalMessage(file));
    await page.getByRole('button', { name: 'Ouvrir dans l’espace du comité' }).click();
    await page.waitForURL(/\/admin\/comite\/#\/collections\/rencontres\/new\?/);
    await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe('Forum régional sur le raccrochage');
    for (const [label, value] of [
      ['Nom du lieu', place.venue],
      ['Adresse', place.address],
      ['Ville', place.city],
    ])
      expect(await page.getByLabel(label!, { exact: true }).inputValue(), label).toBe(value);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const slug = 'forum-regional-sur-le-raccrochage';
    const saved = splitFrontMatter(await waitForDraft(cms.repo, `cms/rencontres/${slug}`, `content/rencontres/${slug}.mdx`), 'brouillon');
    expect(saved.data.place).toEqual(place);
    for (const name of ['title', 'summary', 'format', 'date', 'startTime', 'organization', 'themes'])
      expect(saved.data[name], name).toEqual(splitFrontMatter(file.text, 'proposition').data[name]);
    expect(cms.problems).toEqual([]);
  });
});
