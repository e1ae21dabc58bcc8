import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fillSheetFields, poll, screenshotOnFailure, typeBody, useCmsStack, waitForDraft } from './cms-harness';
import { readCmsSettings } from '../../cms/settings';
import { splitFrontMatter } from '../../src/lib/front-matter';

/**
 * What /admin/ keeps and says when things go wrong, in Chromium on decap-server (Git mode) and a throw-away
 * clone: the browser's backup copy of an abandoned entry comes back whole; the community kinds' previews
 * look like the site; the English of a failed save is put in French.
 */

const { localApiPath } = readCmsSettings();
// The failed save below answers 500 on purpose.
const cms = useCmsStack({ forgive: (status, path) => status === 500 && path === localApiPath });
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
  await cms.signIn(page);
});

/** Decap's backup copy of a new entry of `collection` in the tab's IndexedDB (localForage's store), or undefined. */
function backupOf(tab: Page, collection: string): Promise<string | undefined> {
  return tab.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => reject(new Error(`IndexedDB : ${String(open.error)}`));
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('keyvaluepairs')) return resolve(undefined);
          const read = database.transaction('keyvaluepairs').objectStore('keyvaluepairs').get(key);
          read.onsuccess = () => resolve((read.result as { raw?: string } | undefined)?.raw);
          read.onerror = () => reject(new Error(`IndexedDB : ${String(read.error)}`));
        };
      }),
    `backup.${collection}`,
  );
}

/** The text a select or relation field (react-select) shows: its chosen values. */
function chosenIn(tab: Page, label: string): Promise<string> {
  return tab.getByLabel(label, { exact: true }).locator('xpath=ancestor::div[contains(@class, "-control")][1]').innerText();
}

describe('the backup copy of an abandoned new sheet', () => {
  screenshotOnFailure('cms-backup', () => page);

  const sheet = {
    title: 'Fiche gardée par la copie de secours',
    summary: 'Une fiche écrite puis abandonnée en fermant l’onglet : la copie de secours du navigateur doit tout rendre, champ par champ.',
    theme: 'Persévérance scolaire',
    audience: 'Parents et familles',
  };
  const sections = {
    'Contexte et besoins': 'Des jeunes quittent l’école sans diplôme.',
    Objectifs: 'Les ramener vers un projet qui leur ressemble.',
    Déroulement: 'Une rencontre par semaine, au local de l’organisme.',
    'Conditions de réussite': 'Une intervenante stable.',
    'Résultats observés': 'Huit jeunes sur dix restent jusqu’au bout.',
    'Défis et adaptations': 'Le transport en région.',
    'Pour en savoir plus': 'Le rapport annuel de l’organisme.',
  };
  const body = Object.entries(sections).flatMap(([heading, text]) => [`## ${heading}`, '', text, '']);

  test('closing the tab keeps every field in the copy; reopening and « restaurer » brings every field back into the form', async () => {
    await cms.openAdmin(page, '#/collections/fiches/new');
    await fillSheetFields(page, sheet);
    await typeBody(page, body);
    // Decap writes the copy two seconds after the last keystroke.
    await poll(() => backupOf(page, 'fiches')).toContain(sections['Pour en savoir plus']);
    expect(await backupOf(page, 'fiches')).toContain(`title: ${sheet.title}`);
    await page.close();

    page = await cms.openTab();
    await cms.openAdmin(page, '#/collections/fiches/new');
    // The harness accepts every dialog: « La reprendre? » answered yes.
    await poll(() => cms.dialogs).toContain('Ce navigateur a gardé une copie de secours de ce contenu, plus récente. La reprendre?');
    await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe(sheet.title);
    expect(await page.getByLabel('Résumé', { exact: true }).inputValue()).toBe(sheet.summary);
    const chosen = {
      Thèmes: sheet.theme,
      Publics: sheet.audience,
      Régions: 'Bas-Saint-Laurent (01)',
      Organisme: 'Cap Réussite',
      'Niveau de preuve': 'Expérience terrain',
      'Coût approximatif': 'Moins de 500 $',
    };
    // A relation field (« Organisme ») shows its label once its options have loaded.
    for (const [label, value] of Object.entries(chosen)) await poll(() => chosenIn(page, label)).toContain(value);
    for (const [heading, text] of Object.entries(sections)) expect(await page.getByLabel(heading, { exact: true }).inputValue(), heading).toBe(text);
    // The form, once restored, is not written back empty over the copy.
    await page.waitForTimeout(2_500);
    expect(await backupOf(page, 'fiches')).toContain(`title: ${sheet.title}`);
  });

  test('« Enregistrer » then saves every restored field to the draft branch', async () => {
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const slug = 'fiche-gardee-par-la-copie-de-secours';
    const saved = splitFrontMatter(await waitForDraft(cms.repo, `cms/fiches/${slug}`, `content/fiches/${slug}.mdx`), 'brouillon');
    expect(saved.data).toMatchObject({
      title: sheet.title,
      summary: sheet.summary,
      themes: ['perseverance-scolaire'],
      audiences: ['parents'],
      regions: ['bas-saint-laurent'],
      organization: 'cap-reussite-rimouski',
      evidence: 'experience-terrain',
      cost: 'moins-de-500',
    });
    for (const [heading, text] of Object.entries(sections)) expect(saved.body).toContain(`## ${heading}\n\n${text}`);
    // Saved, the copy is gone: the next new sheet starts empty.
    await poll(() => backupOf(page, 'fiches')).toBeUndefined();
  });
});

describe('the community kinds’ previews', () => {
  screenshotOnFailure('cms-backup', () => page);

  test('an event, an experience and a question preview with the site’s markup and stylesheet', async () => {
    const kinds = [
      { collection: 'rencontres', titleLabel: 'Titre', kind: 'Rencontre' },
      { collection: 'recits', titleLabel: 'Titre', kind: 'Récit d’expérience' },
      { collection: 'appels', titleLabel: 'Question', kind: 'Appel à la communauté' },
    ];
    for (const { collection, titleLabel, kind } of kinds) {
      await cms.openAdmin(page, `#/collections/${collection}/new`);
      const title = `Aperçu d’un contenu de type ${kind.toLowerCase()}`;
      await page.getByLabel(titleLabel, { exact: true }).fill(title);
      const preview = page.frameLocator('#preview-pane');
      await poll(() => preview.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await preview.locator('.kind').textContent(), collection).toBe(kind);
      // The site's stylesheet, not Decap's default preview: the kind in capitals, « En bref » on the site's surface colour.
      expect(await preview.locator('.kind').evaluate((element) => getComputedStyle(element).textTransform), collection).toBe('uppercase');
      expect(await preview.locator('.en-bref').evaluate((box) => getComputedStyle(box).backgroundColor), collection).toBe('rgb(241, 239, 232)');
      expect(await preview.locator('.en-bref h2').innerText(), collection).toBe('En bref');
    }
  });
});

describe('a failed save', () => {
  screenshotOnFailure('cms-backup', () => page);

  /** Waits for the uncaught rejection Decap 3.16 leaves after a failed save (its failure action), expected here only, and forgets it. */
  async function forgetRejectedSave() {
    const rejected = 'erreur JavaScript : Object';
    await poll(() => cms.problems.includes(rejected)).toBe(true);
    cms.problems.splice(cms.problems.indexOf(rejected), 1);
  }

  test('is reported in French: a raw JavaScript error and a lost connection, with no English left', async () => {
    await cms.openAdmin(page, '#/collections/fiches/new');
    await fillSheetFields(page, {
      title: 'Fiche jamais enregistrée',
      summary: 'Une fiche dont l’enregistrement échoue du côté du serveur, pour lire le message affiché au contributeur.',
    });
    const rawError = "TypeError: Cannot read properties of undefined (reading 'get')";
    let answer: 'raw error' | 'no connection' = 'raw error';
    await page.route(
      (url) => url.pathname === localApiPath,
      (route) => {
        if (!route.request().postData()?.includes('"persistEntry"')) return route.continue();
        return answer === 'raw error'
          ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: rawError }) })
          : route.abort('connectionrefused');
      },
    );
    const notices = page.getByText(/^L’enregistrement a échoué : /);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await poll(() => notices.allInnerTexts()).toContain(
      'L’enregistrement a échoué : erreur inattendue du CMS ; réessayez, et si elle revient, signalez-la au webmestre (le détail technique est dans la console du navigateur)',
    );
    await forgetRejectedSave();
    answer = 'no connection';
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await poll(() => notices.allInnerTexts()).toContain('L’enregistrement a échoué : le serveur ne répond pas (connexion interrompue?)');
    await forgetRejectedSave();
    const shown = await page.locator('body').innerText();
    for (const english of ['TypeError', 'Cannot read', 'API_ERROR', 'Failed to fetch']) expect(shown).not.toContain(english);
    await page.unroute((url) => url.pathname === localApiPath);
    expect(cms.repo.git('branch', '--list', 'cms/fiches/fiche-jamais-enregistree')).toBe('');
  });
});

test('logged no JavaScript error and no failed request', () => {
  expect(cms.problems).toEqual([]);
});
