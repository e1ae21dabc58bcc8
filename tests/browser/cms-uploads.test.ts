import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, fillSheetFields, poll, screenshotOnFailure, useCmsStack } from './cms-harness';
import { deletionRefusal, sameNameRefusal } from '../../cms/media/guard';

/**
 * Uploads never touch another entry's file, and never reach the published branch outside review: the
 * built /admin/ in Chromium, on decap-server (Git mode) and a throw-away clone.
 */

/** The upload that collided before: the shipped « Table locale » sheet has a file of this name. */
const upload = { name: 'Ordre du jour table locale.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% nouvel ordre du jour\n%%EOF\n') };
const storedName = 'ordre-du-jour-table-locale.pdf';
const tableFile = 'public/fichiers/fiches/table-locale-de-concertation-en-perseverance-scolaire/ordre-du-jour-table-locale.pdf';

let mainAtStart: string;
const cms = useCmsStack({
  prepare: (repo) => (mainAtStart = repo.git('rev-parse', 'main').trim()),
});
const { dialogs, problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
  await cms.signIn(page);
});

/** Loads /admin/ afresh at `route`: a change of the address's hash alone does not leave an open entry. */
const openCms = (route: string) => cms.openAdmin(page, route);

/** Fills the required fields of a new sheet titled `title`, with one attachment uploaded as `upload`, and saves it as a draft. */
async function draftSheetWithUpload(title: string, slug: string) {
  await openCms('#/collections/fiches/new');
  await fillSheetFields(page, {
    title,
    summary: 'Une table réunit chaque mois l’école, les organismes et la municipalité autour des jeunes qui décrochent.',
    theme: 'Mobilisation et concertation',
    audience: 'Partenaires de la communauté',
  });
  await page.getByRole('button', { name: /^Ajouter.*pièces? jointes?/i }).click();
  await page.getByLabel('Nom du fichier', { exact: true }).fill('Ordre du jour');
  await page.getByRole('button', { name: 'Choisir un fichier' }).click();
  await page.locator('input[type="file"]').setInputFiles(upload);
  await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const path = `content/fiches/${slug}.mdx`;
  await eventually(() => expect(cms.repo.show(`cms/fiches/${slug}`, path)).toBeDefined());
  // Saved once the draft's status menu shows: leaving earlier would interrupt the save.
  await page.getByRole('button', { name: /Statut/ }).waitFor({ timeout: 30_000 });
  return cms.repo.show(`cms/fiches/${slug}`, path)!;
}

describe('uploads in the CMS', () => {
  // A failed step leaves a screenshot of the CMS for review.
  screenshotOnFailure('cms-uploads', () => page);

  test('two new drafts upload a file of the same name as a published one: each lands in its own folder, nothing is replaced', async () => {
    const first = await draftSheetWithUpload('Table de concertation du Haut-Richelieu', 'table-de-concertation-du-haut-richelieu');
    const second = await draftSheetWithUpload('Table de concertation de la Mitis', 'table-de-concertation-de-la-mitis');
    expect(dialogs).toEqual([]);
    expect(first).toContain(`file: /fichiers/fiches/table-de-concertation-du-haut-richelieu/${storedName}`);
    expect(second).toContain(`file: /fichiers/fiches/table-de-concertation-de-la-mitis/${storedName}`);
    expect(cms.repo.show('cms/fiches/table-de-concertation-du-haut-richelieu', `public/fichiers/fiches/table-de-concertation-du-haut-richelieu/${storedName}`)).toBe(
      upload.buffer.toString(),
    );
    expect(cms.repo.show('cms/fiches/table-de-concertation-de-la-mitis', `public/fichiers/fiches/table-de-concertation-de-la-mitis/${storedName}`)).toBe(upload.buffer.toString());
    // The published sheet's file is untouched, and the published branch did not move.
    expect(cms.repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
    expect(cms.repo.show('main', tableFile)).toBe(cms.repo.show(mainAtStart, tableFile));
  });

  test('in an existing sheet, a same-name upload is refused in French: the published file stays, nothing is committed', async () => {
    await openCms('#/collections/fiches/entries/table-locale-perseverance');
    await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe('Table locale de concertation en persévérance scolaire');
    await page.getByRole('button', { name: /^Ajouter.*pièces? jointes?/i }).click();
    await page.getByRole('button', { name: 'Choisir un fichier' }).last().click();
    // The media library shows this sheet's own folder, with its file, and offers no deletion.
    await poll(() => page.getByText(storedName, { exact: true }).count()).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('button', { name: /Supprimer/ })
        .filter({ visible: true })
        .count(),
    ).toBe(0);
    await page.locator('input[type="file"]').setInputFiles(upload);
    await poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe(sameNameRefusal(storedName));
    // Decap would have deleted the published file on main before uploading its namesake: nothing moved.
    await page.waitForTimeout(1_500);
    expect(cms.repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
    expect(cms.repo.show('main', tableFile)).toBe(cms.repo.show(mainAtStart, tableFile));
    expect(cms.repo.git('branch', '--list', 'cms/fiches/table-locale-perseverance')).toBe('');
  });

  test('a deletion forced from the media library is refused by the backend, in French', async () => {
    const cover = 'public/images/fiches/intervention-par-le-plein-air/intervention-plein-air.webp';
    await openCms('#/collections/fiches/entries/intervention-plein-air');
    await page.getByRole('button', { name: 'Choisir une autre image' }).click();
    await page.getByText('intervention-plein-air.webp', { exact: true }).first().click();
    // The delete button is hidden; show it again, as an older stylesheet or a future Decap might.
    await page.addStyleTag({ content: 'button.e288rjk2 { display: inline-flex !important; }' });
    await page
      .getByRole('button', { name: /Supprimer/ })
      .filter({ visible: true })
      .click();
    await poll(() => page.getByText(deletionRefusal, { exact: false }).count()).toBeGreaterThan(0);
    expect(cms.repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
    expect(cms.repo.show('main', cover)).toBe(cms.repo.show(mainAtStart, cover));
  });

  test('a script uploaded as a Word file is refused on save, in the validator’s words: no draft branch, nothing committed', async () => {
    const slug = 'guide-piege';
    await openCms('#/collections/fiches/new');
    await fillSheetFields(page, {
      title: 'Guide piégé',
      summary: 'Une fiche dont la pièce jointe porte l’extension d’un document Word mais contient un script.',
      theme: 'Mobilisation et concertation',
      audience: 'Partenaires de la communauté',
    });
    await page.getByRole('button', { name: /^Ajouter.*pièces? jointes?/i }).click();
    await page.getByLabel('Nom du fichier', { exact: true }).fill('Notes');
    await page.getByRole('button', { name: 'Choisir un fichier' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('alert(document.domain)\n') });
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const refusal = page.getByText(/notes\.docx — fichier téléversé : son contenu n’est pas celui d’un fichier Word \(DOCX\)/);
    await poll(() => refusal.count()).toBeGreaterThan(0);
    // Decap 3.16's editorial workflow rejects a failed save with its failure action (actions/editorialWorkflow.js,
    // persistUnpublishedEntry), uncaught: one page error, expected here and only here.
    const rejected = 'erreur JavaScript : Object';
    await poll(() => problems.includes(rejected)).toBe(true);
    problems.splice(problems.indexOf(rejected), 1);
    expect(cms.repo.git('branch', '--list', `cms/fiches/${slug}`)).toBe('');
    expect(cms.repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
