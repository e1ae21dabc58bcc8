import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fillSheetFields, poll, screenshotOnFailure, useCmsStack } from './cms-harness';
import type { ThrowawayRepo } from './throwaway-repo';

/**
 * Drafts of different ages never mix: the built /admin/ in Chromium, on decap-server (Git mode) and a
 * throw-away clone, through the local relay (cms/dev-proxy.ts) as `npm run cms` serves it. Three drafts
 * start at three commits of main, with a sheet published between each; the published sheets have shorter
 * file names than the drafts', the ones Decap opened instead before the relay measured from the merge base.
 */

const drafts = [
  { slug: 'cafes-parents-ados', title: 'Cafés-rencontres parents-ados (brouillon 1)', groupSize: '8 à 12 familles' },
  { slug: 'mentorat-entre-pairs', title: 'Mentorat entre pairs au secondaire (brouillon 2)', groupSize: undefined },
  { slug: 'pratique-nouvelle-du-reseau', title: 'Pratique nouvelle du réseau (brouillon 3)', groupSize: undefined },
];
const published = ['pub-un', 'pub-deux'];

/** Commits `text` as `path` on `branch` of `repo`, then comes back to main. */
function commitOn(repo: ThrowawayRepo, branch: string, path: string, text: string) {
  repo.git('checkout', '--quiet', branch);
  writeFileSync(join(repo.dir, path), text);
  repo.git('add', path);
  repo.git('commit', '--quiet', '-m', `${branch} : ${path}`);
  repo.git('checkout', '--quiet', 'main');
}

/** Draft 1 from main; a publication; draft 2 from the new main; a publication; draft 3, a new sheet. */
function prepareDrafts(repo: ThrowawayRepo) {
  const sheet = repo.show('main', 'content/fiches/cafes-parents-ados.mdx')!;
  const titled = (text: string, title: string) => text.replace(/^title: .*$/m, `title: ${title}`);
  for (const [index, { slug, title }] of drafts.entries()) {
    const path = `content/fiches/${slug}.mdx`;
    repo.git('branch', `cms/fiches/${slug}`, 'main');
    // As decap-server marks a draft's status.
    repo.git('config', `branch.cms/fiches/${slug}.description`, 'decap-cms/draft');
    commitOn(repo, `cms/fiches/${slug}`, path, titled(repo.show('main', path) ?? sheet, title));
    const publication = published[index];
    if (publication) commitOn(repo, 'main', `content/fiches/${publication}.mdx`, titled(sheet, `Publiée ${index + 1}`));
  }
}

const cms = useCmsStack({ prepare: prepareDrafts });
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
  await cms.signIn(page);
});

describe('drafts started at different commits of main', () => {
  screenshotOnFailure('cms-drafts', () => page);

  test('the board shows each draft with its own title', async () => {
    await cms.openAdmin(page, '#/workflow');
    for (const { title } of drafts) await page.getByText(title, { exact: true }).first().waitFor({ timeout: 30_000 });
    await expect(page.getByText(/^Publiée \d$/).count()).resolves.toBe(0);
  });

  test('each draft opens its own content', async () => {
    for (const { slug, title, groupSize } of drafts) {
      await cms.openAdmin(page, `#/collections/fiches/entries/${slug}`);
      await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe(title);
      if (groupSize) expect(await page.getByLabel('Taille du groupe').inputValue()).toBe(groupSize);
    }
  });

  test('a 2 MB body is refused at save, with the validator’s limit, and no draft is made', async () => {
    const slug = 'fiche-trop-longue';
    await cms.openAdmin(page, '#/collections/fiches/new');
    await fillSheetFields(page, {
      title: 'Fiche trop longue',
      summary: 'Une fiche dont le texte dépasse de loin ce qu’une fiche de pratique peut contenir, pour vérifier le refus.',
    });
    await page.getByLabel('Contexte et besoins', { exact: true }).fill('Un texte trop long. '.repeat(100_000));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const refusal = page.getByText(/content\/fiches\/fiche-trop-longue\.mdx — fichier : trop volumineux \(2(,\d)? Mo ; la limite est de 1 Mo\)/);
    // The error notice stays 8 s; counting matches in a page holding 2 MB of text is slower than waiting for one.
    await refusal.first().waitFor({ state: 'attached', timeout: 60_000 });
    // Decap 3.16 rejects a failed save with its failure action, uncaught: one page error, expected here only.
    const rejected = 'erreur JavaScript : Object';
    await poll(() => problems.includes(rejected)).toBe(true);
    problems.splice(problems.indexOf(rejected), 1);
    expect(cms.repo.git('branch', '--list', `cms/fiches/${slug}`)).toBe('');
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
