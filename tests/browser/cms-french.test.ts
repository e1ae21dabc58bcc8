import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { poll, saveDraftThroughApi, useCmsStack, waitForDraft } from './cms-harness';

/**
 * What a contributor sees in /admin/, in French and nothing more than they may change: the sign-in
 * screen's welcome, the sections, the board of proposals, an entry's toolbar, a new sheet, the files;
 * then the committee's /admin/comite/, with everything. Decap runs on decap-server and a throw-away clone.
 */

/** Words that would mean Decap speaks English somewhere (case-sensitive, whole words). */
const englishWords = [
  'Media',
  'Oops',
  'Strikethrough',
  'Bold',
  'Italic',
  'Code',
  'Quote',
  'Heading',
  'Headings',
  'Delete',
  'Publish',
  'Published',
  'Unpublished',
  'Status',
  'Ready',
  'Draft',
  'Drafts',
  'Save',
  'Saved',
  'Entry',
  'Entries',
  'Collection',
  'Collections',
  'Loading',
  'Remove',
  'Add',
  'Choose',
  'Upload',
  'Search',
  'Sort',
  'View',
  'Workflow',
  'Review',
  'Changes',
  'Fork',
  'Close',
  'Expand',
  'Collapse',
  'Toggle',
  'Account',
  'Field',
  'field',
  'Set',
  'Select',
  'New',
  'Back',
  'Log',
  'Error',
  'Options',
  'Now',
  'Clear',
];
const english = new RegExp(`(?<![\\p{L}\\p{N}])(?:${englishWords.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Three sheets with a draft each: the board must count three. */
const drafts = ['club-de-lecture-en-famille', 'mentorat-entre-pairs', 'aide-aux-devoirs-quartier'];

const cms = useCmsStack();
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  for (const slug of drafts) await saveDraftThroughApi(cms.apiUrl, slug);
});

/**
 * Opens `path` in a new tab of the shared browser context (same sign-in), closing the previous tab: each
 * screen starts fresh, whatever the last one left open or unsaved.
 */
async function open(path: string) {
  await page?.close();
  page = await cms.openTab(path);
}

/**
 * Returns what the page shows or names for assistive technology: visible text and the aria-label, title,
 * placeholder and alt of visible elements. Leaves out user content: the Markdown editor's text.
 */
function shownTexts(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const isShown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('script, style, [data-slate-editor]') || !isShown(parent)) continue;
      if (node.textContent!.trim()) texts.push(node.textContent!.trim());
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (!isShown(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Returns the texts of the page with an English word in them. */
async function englishOn(tab: Page): Promise<string[]> {
  return (await shownTexts(tab)).filter((text) => english.test(text));
}

describe('the contributors’ CMS at /admin/, in French', () => {
  test('the sign-in screen says what happens after « Se connecter », then goes away', async () => {
    await open('/admin/');
    const welcome = page.getByRole('region', { name: 'Bienvenue dans l’espace de contribution' });
    await welcome.waitFor();
    const text = await welcome.innerText();
    expect(text).toContain('un formulaire vous guide');
    // The spaces inside « » are non-breaking (src/lib/typography.ts).
    expect(text).toMatch(/«\s?Enregistrer\s?» garde un brouillon/);
    expect(text).toContain('Rien n’est public avant que le comité ait relu votre proposition.');
    expect(await welcome.getByRole('link', { name: 'Contribuer' }).getAttribute('href')).toBe('/contribuer/');
    // Just above the button it explains.
    expect(await welcome.evaluate((section) => section.nextElementSibling?.textContent)).toBe('Se connecter');
    expect(await englishOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('link', { name: 'Fiches de pratique', exact: true }).first().waitFor();
    expect(await page.locator('#cms-welcome').isVisible()).toBe(false);
  });

  test('lists only the sections contributors change, in plain words', async () => {
    for (const label of ['Fiches de pratique', 'Outils', 'Modèles', 'Organismes']) {
      await poll(() => page.getByRole('link', { name: label, exact: true }).count()).toBeGreaterThan(0);
    }
    for (const label of ['Pages', 'Listes de valeurs', 'Taxonomies', 'Recherche']) expect(await page.getByRole('link', { name: label, exact: true }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Sections' }).waitFor();
    expect(await page.getByRole('button', { name: 'Fichiers' }).count()).toBe(1);
    expect(await englishOn(page)).toEqual([]);
  });

  test('the board of proposals counts the three drafts', async () => {
    await open('/admin/#/workflow');
    await page.getByRole('heading', { name: 'Propositions en cours' }).waitFor();
    // One count per column: Brouillons, En cours de révision, Prêtes à publier (Decap shows them in capitals).
    const counts = page.getByText(/^\d+ propositions?$/);
    await poll(async () => (await counts.allTextContents()).join(', ')).toBe('3 propositions, 0 proposition, 0 proposition');
    expect(await page.getByText('En cours de révision : 0. Prêtes à publier : 0.').count()).toBe(1);
    expect(await englishOn(page)).toEqual([]);
  });

  test('a draft’s toolbar reads « Statut : Brouillon », and its delete button stands apart from « Publier »', async () => {
    await open(`/admin/#/collections/fiches/entries/${drafts[0]}`);
    const status = page.getByRole('button', { name: 'Statut : Brouillon' });
    await status.waitFor();
    const remove = page.getByRole('button', { name: 'Supprimer les modifications non publiées' });
    expect(await remove.getAttribute('data-cms-delete')).toBe('');
    // A quiet text button (no filled background), at least 2.5rem from « Publier ».
    expect(await remove.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const publish = (await page.getByRole('button', { name: 'Publier', exact: true }).boundingBox())!;
    expect((await remove.boundingBox())!.x - (publish.x + publish.width)).toBeGreaterThanOrEqual(40);
    await status.click();
    for (const item of ['Brouillon', 'En cours de révision', 'Prêt']) await page.getByRole('menuitem', { name: item }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  test('a new sheet counts « 1 pièce jointe » and has no « Exemple fictif » field', async () => {
    await open('/admin/#/collections/fiches/new');
    await page.getByLabel('Titre', { exact: true }).waitFor();
    expect(await page.getByText('Exemple fictif').count()).toBe(0);
    await page.getByRole('button', { name: 'Ajouter pièce jointe' }).click();
    await poll(() => page.getByText('1 pièce jointe', { exact: true }).count()).toBe(1);
    expect(await englishOn(page)).toEqual([]);
  });

  test('the files library speaks French', async () => {
    await open('/admin/#/collections/fiches');
    await page.getByRole('button', { name: 'Fichiers' }).click();
    await page.getByRole('button', { name: 'Téléverser un fichier' }).waitFor();
    expect(await englishOn(page)).toEqual([]);
  });

  test('a contributor’s save keeps the « Exemple fictif » mark in place', async () => {
    const path = 'content/organismes/cap-reussite-rimouski.yml';
    const before = cms.repo.show('main', path)!;
    expect(before).toMatch(/^sample: true$/m);
    await open('/admin/#/collections/organismes/entries/cap-reussite-rimouski');
    const phone = page.getByLabel('Téléphone');
    await poll(() => phone.inputValue()).toBe('418 555-0142');
    await phone.fill('418 555-0199');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const after = await waitForDraft(cms.repo, 'cms/organismes/cap-reussite-rimouski', path, before);
    expect(after).toBe(before.replace('phone: 418 555-0142', 'phone: 418 555-0199'));
  });
});

describe('the committee’s CMS at /admin/comite/', () => {
  test('has every section, the pages and lists of values included, and the « Exemple fictif » field', async () => {
    await open('/admin/comite/');
    for (const label of ['Fiches de pratique', 'Outils', 'Modèles', 'Organismes', 'Pages', 'Listes de valeurs', 'Recherche']) {
      await poll(() => page.getByRole('link', { name: label, exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await page.title()).toBe('Espace du comité — Carrefour des pratiques');
    await open('/admin/comite/#/collections/fiches/new');
    // Its label reads « Exemple fictif (optionnel) ».
    await poll(() => page.getByText(/^Exemple fictif/).count()).toBe(1);
    expect(await englishOn(page)).toEqual([]);
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
