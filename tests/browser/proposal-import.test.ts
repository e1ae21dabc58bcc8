import { expect, test } from 'vitest';
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
