import { beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, fillSheetFields, poll, typeBody, useCmsStack, waitForDraft } from './cms-harness';
import { formBodyProblems } from '../../cms/safety-rules';
import { splitRefusedParts } from '../../cms/preview/refused-parts';
import { checkDraft } from '../../cms/validation/draft';
import { formatProblem } from '../../src/lib/validation/problem';
import { root } from '../build/site';
import { bodyTemplate } from '../../cms/config/collections';
import { messageInSection, splitBody } from '../../cms/sections';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { fiches } from '../../src/schema/collections';

/**
 * The build's body safety rules in the CMS: the form refuses to save a hostile body and lists every
 * problem, the preview shows refused passages as text without running them, and « Publier » refuses a
 * hostile draft that reached a cms/ branch around the form. The built /admin/ in Chromium, decap-server
 * (Git mode) on a throw-away clone, as in tests/browser/cms.test.ts.
 */

/** A body holding each kind of hostile piece; the pieces set `__pwned` if they ever run. */
const hostileBody = [
  '## Contexte et besoins',
  '',
  'Un mot <span style="color: red">rouge</span> et un mot <b>gras</b>.',
  '',
  '<script>window.__pwned = "script"</script>',
  '',
  '<img src="/piege.png" onerror="window.__pwned = \'img\'; window.parent.__pwned = \'img\'">',
  '',
  '<!-- une note cachée -->',
  '',
  'Voir [la suite](javascript:alert(1)).',
  '',
  'Rentrée {annee}.',
  '',
  '## Objectifs',
  '',
  'Du texte permis.',
];
/** The body the form holds once `hostileBody` is typed: the template's other sections follow, empty. */
const hostileFormBody = `${hostileBody.join('\n')}\n\n${bodyTemplate(fiches.bodySections.slice(2))}`;
const title = 'Fiche piégée';
const slug = 'fiche-piegee';
/** Screenshots for review: the refused form, its preview. */
const screenshots = join(root, 'test-results', 'screenshots');

/** Paths the page asked the server for. */
const requested: string[] = [];
const cms = useCmsStack({
  watchTab: (tab) => tab.on('request', (request) => requested.push(new URL(request.url()).pathname)),
  // The refused publication answers 422.
  forgive: (status, path) => status === 422 && path.startsWith('/api/'),
});
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
});

/** Whether a hostile piece ran, in the page or in the preview frame. */
async function pwned(): Promise<unknown[]> {
  const inPage = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  const inFrame = frame ? await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned) : undefined;
  return [inPage, inFrame].filter((value) => value !== undefined);
}

/**
 * Commits `text` as `path` on a new branch started from main, with Git's plumbing: the working tree, where
 * decap-server checks out branches as it works, is never touched, so the two cannot collide.
 */
function commitOnNewBranch(branch: string, path: string, text: string) {
  const index = join(cms.repo.dir, '..', 'index-brouillon');
  const git = (args: string[], input?: string) =>
    execFileSync('git', ['-C', cms.repo.dir, ...args], { encoding: 'utf8', input, env: { ...process.env, GIT_INDEX_FILE: index } }).trim();
  const blob = git(['hash-object', '-w', '--stdin'], text);
  git(['read-tree', 'main']);
  git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`]);
  const commit = git(['commit-tree', git(['write-tree']), '-p', 'main', '-m', 'Brouillon enregistré sans passer par le formulaire']);
  git(['branch', branch, commit]);
}

describe('the build’s safety rules in the CMS', () => {
  test('« Enregistrer » refuses a hostile body, listing every problem at once in the validator’s words, and creates no branch', async () => {
    await cms.signIn(page);
    await page.goto(`${cms.url}/admin/#/collections/fiches/new`);
    await poll(() => page.getByLabel('Pour en savoir plus', { exact: true }).count()).toBe(1);
    await fillSheetFields(page, { title, summary: 'Une fiche dont le corps contient du HTML et du code que le site refuse, pour vérifier que le formulaire les arrête.' });
    await typeBody(page, hostileBody);

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // Each problem named by its section and its line in the section's text area.
    const expected = formBodyProblems(hostileFormBody).map((problem) => messageInSection(splitBody(hostileFormBody), problem));
    expect(expected[0]).toMatch(/^« Contexte et besoins », ligne 1 — /);
    expect(expected.length).toBeGreaterThanOrEqual(7);
    const list = page.getByRole('alert').filter({ hasText: 'Le site refusera' });
    await poll(() => list.locator('li').allInnerTexts()).toEqual(expected);
    await poll(() => page.getByText('« Contenu » : le texte contient du code ou du HTML que le site refuse', { exact: false }).count()).toBe(1);
    await cms.expectSaveRefusalReported();
    // Give a wrongly accepted save time to reach the repository before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(cms.repo.git('branch', '--list', 'cms/*')).toBe('');
  });

  test('the preview flags each refused passage and shows it as text, and no hostile piece runs', async () => {
    const refused = splitRefusedParts(hostileFormBody, formBodyProblems(hostileFormBody)).filter((part) => part.refused);
    const preview = page.frameLocator('#preview-pane');
    await poll(() => preview.locator('.refused').count()).toBe(refused.length);
    await poll(() => preview.locator('.refused pre').allInnerTexts()).toEqual(refused.map((part) => part.text));
    for (const [index, part] of refused.entries()) {
      expect(await preview.locator('.refused').nth(index).innerText()).toContain('Ce passage sera refusé :');
      for (const message of part.messages) expect(await preview.locator('.refused').nth(index).innerText()).toContain(message);
    }
    await poll(() => preview.locator('.refused-summary').innerText()).toContain('seront refusés à la publication');
    // What the site accepts is still rendered as Markdown.
    await poll(() => preview.getByRole('heading', { name: 'Objectifs' }).count()).toBe(1);
    expect(await preview.locator('.body script, .body img, .body b, .body span[style], .body a[href^="javascript"]').count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await pwned()).toEqual([]);
    expect(requested).not.toContain('/piege.png');
    mkdirSync(screenshots, { recursive: true });
    await page.getByRole('alert').filter({ hasText: 'Le site refusera' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'cms-safety-form.png') });
    await preview.locator('.refused').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'cms-safety-preview.png') });
  });

  test('once the body is corrected, the list empties and « Enregistrer » saves the draft', async () => {
    const cleanBody = hostileBody.filter((line) => !/[<{]|javascript:/.test(line));
    await typeBody(page, cleanBody);
    await poll(() => page.getByRole('alert').filter({ hasText: 'Le site refusera' }).count()).toBe(0);
    await poll(() => page.frameLocator('#preview-pane').locator('.refused, .refused-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const saved = await waitForDraft(cms.repo, `cms/fiches/${slug}`, `content/fiches/${slug}.mdx`);
    // The emptied section keeps its heading; the sections never filled stay as the template wrote them.
    expect(splitFrontMatter(saved, slug).body).toBe(`## Contexte et besoins\n\n\n## Objectifs\n\nDu texte permis.\n\n${bodyTemplate(fiches.bodySections.slice(2))}`);
  });

  test('« Publier » refuses a hostile draft committed around the form, with the validator’s messages, and main does not change', async () => {
    const path = 'content/fiches/cafes-parents-ados.mdx';
    const sheet = cms.repo.show('main', path)!;
    // Its front matter without the cover image, whose address the site under test may not serve.
    const frontMatter = sheet.slice(0, sheet.indexOf('\n---\n', 4) + 5).replace(/^cover:\n(?: {2}.*\n)+/m, '');
    const hostileSheet = `${frontMatter}${hostileBody.join('\n')}\n`;
    const branch = 'cms/fiches/cafes-parents-ados';
    commitOnNewBranch(branch, path, hostileSheet);
    cms.repo.git('config', `branch.${branch}.description`, 'decap-cms/pending_publish');
    const mainBefore = cms.repo.git('rev-parse', 'main');
    const expected = checkDraft(cms.repo.dir, { base: 'main', collection: 'fiches', slug: 'cafes-parents-ados' }).map(formatProblem);
    expect(expected.length).toBeGreaterThan(0);

    page = await cms.openTab('/admin/#/collections/fiches/entries/cafes-parents-ados');
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
    const toast = page.getByText('publication refusée', { exact: false });
    await poll(() => toast.count()).toBe(1);
    const text = await toast.innerText();
    for (const message of expected) expect(text).toContain(message);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(cms.repo.git('rev-parse', 'main')).toBe(mainBefore);
    expect(cms.repo.show('main', path)).toBe(sheet);
    await eventually(() => expect(cms.repo.git('branch', '--list', branch)).toContain(branch));
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
