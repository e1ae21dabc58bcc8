import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cloneThrowaway, type ThrowawayRepo } from './throwaway-repo';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { readCmsSettings } from '../../cms/settings';
import { deletionRefusal, sameNameRefusal } from '../../cms/media/guard';
import { root, siteDir } from '../build/site';

/**
 * Uploads never touch another entry's file, and never reach the published branch outside review: the
 * built /admin/ in Chromium, on decap-server (Git mode) and a throw-away clone.
 */

/** The upload that collided before: the shipped « Table locale » sheet has a file of this name. */
const upload = { name: 'Ordre du jour table locale.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% nouvel ordre du jour\n%%EOF\n') };
const storedName = 'ordre-du-jour-table-locale.pdf';
const tableFile = 'public/fichiers/fiches/table-locale-de-concertation-en-perseverance-scolaire/ordre-du-jour-table-locale.pdf';

let repo: ThrowawayRepo;
let decap: Awaited<ReturnType<typeof startDecapServer>>;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let mainAtStart: string;
const dialogs: string[] = [];
const problems: string[] = [];

const eventually = <T>(check: () => T) => vi.waitFor(check, { timeout: 30_000, interval: 200 });
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Loads /admin/ afresh at `route`: a change of the address's hash alone does not leave an open entry. */
async function openCms(route: string) {
  await page.goto('about:blank');
  await page.goto(`${server.url}/admin/${route}`);
}

/** Fills the required fields of a new sheet titled `title`, with one attachment uploaded as `upload`, and saves it as a draft. */
async function draftSheetWithUpload(title: string, slug: string) {
  await openCms('#/collections/fiches/new');
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Résumé', { exact: true }).fill('Une table réunit chaque mois l’école, les organismes et la municipalité autour des jeunes qui décrochent.');
  await choose('Thèmes', 'Mobilisation et concertation');
  await choose('Publics', 'Partenaires de la communauté');
  await choose('Régions', 'Bas-Saint-Laurent (01)');
  await choose('Organisme', 'Cap Réussite');
  await choose('Niveau de preuve', 'Expérience terrain');
  await choose('Coût approximatif', 'Moins de 500 $');
  await page.getByRole('button', { name: /^Ajouter.*pièces? jointes?/i }).click();
  await page.getByLabel('Nom du fichier', { exact: true }).fill('Ordre du jour');
  await page.getByRole('button', { name: 'Choisir un fichier' }).click();
  await page.locator('input[type="file"]').setInputFiles(upload);
  await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const path = `content/fiches/${slug}.mdx`;
  await eventually(() => expect(repo.show(`cms/fiches/${slug}`, path)).toBeDefined());
  return repo.show(`cms/fiches/${slug}`, path)!;
}

beforeAll(async () => {
  repo = cloneThrowaway(root);
  mainAtStart = repo.git('rev-parse', 'main').trim();
  decap = await startDecapServer({ root, repoDir: repo.dir });
  server = await serveSite(siteDir, undefined, forwardToDecapServer(readCmsSettings().localApiPath, decap.port));
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  page.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: 'Fiches de pratique', exact: true }).first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.close();
  repo?.remove();
});

describe('uploads in the CMS', () => {
  // A failed step leaves a screenshot of the CMS for review.
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await page.screenshot({ path: `test-results/cms-uploads/${task.name.slice(0, 40)}.png`, fullPage: true });
    });
  });

  test('two new drafts upload a file of the same name as a published one: each lands in its own folder, nothing is replaced', async () => {
    const first = await draftSheetWithUpload('Table de concertation du Haut-Richelieu', 'table-de-concertation-du-haut-richelieu');
    const second = await draftSheetWithUpload('Table de concertation de la Mitis', 'table-de-concertation-de-la-mitis');
    expect(dialogs).toEqual([]);
    expect(first).toContain(`file: /fichiers/fiches/table-de-concertation-du-haut-richelieu/${storedName}`);
    expect(second).toContain(`file: /fichiers/fiches/table-de-concertation-de-la-mitis/${storedName}`);
    expect(repo.show('cms/fiches/table-de-concertation-du-haut-richelieu', `public/fichiers/fiches/table-de-concertation-du-haut-richelieu/${storedName}`)).toBe(upload.buffer.toString());
    expect(repo.show('cms/fiches/table-de-concertation-de-la-mitis', `public/fichiers/fiches/table-de-concertation-de-la-mitis/${storedName}`)).toBe(upload.buffer.toString());
    // The published sheet's file is untouched, and the published branch did not move.
    expect(repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
    expect(repo.show('main', tableFile)).toBe(repo.show(mainAtStart, tableFile));
  });

  test('in an existing sheet, a same-name upload replaces the file on the draft branch only, for review', async () => {
    await openCms('#/collections/fiches/entries/table-locale-perseverance');
    await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe('Table locale de concertation en persévérance scolaire');
    await page.getByRole('button', { name: /^Ajouter.*pièces? jointes?/i }).click();
    await page.getByLabel('Nom du fichier', { exact: true }).last().fill('Ordre du jour, nouvelle version');
    await page.getByRole('button', { name: 'Choisir un fichier' }).last().click();
    // The media library shows this sheet's own folder, with its file, and offers no deletion.
    await poll(() => page.getByText(storedName, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Supprimer/ }).filter({ visible: true }).count()).toBe(0);
    await page.locator('input[type="file"]').setInputFiles(upload);
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const draft = 'cms/fiches/table-locale-perseverance';
    await eventually(() => expect(repo.show(draft, tableFile)).toBe(upload.buffer.toString()));
    expect(dialogs).toEqual([]);
    // main keeps the published file: the replacement waits for review on the draft's branch.
    expect(repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
    expect(repo.git('log', '--format=%s', 'main').includes('Suppression du fichier')).toBe(false);
  });

  test('a second upload of the same name in the same entry is refused in French', async () => {
    await page.getByRole('button', { name: /^Ajouter.*pièces? jointes?/i }).click();
    await page.getByRole('button', { name: 'Choisir un fichier' }).last().click();
    await page.locator('input[type="file"]').setInputFiles(upload);
    await poll(async () => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe(sameNameRefusal(storedName));
    expect(repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
  });

  test('a deletion forced from the media library is refused by the backend, in French', async () => {
    const cover = 'public/images/fiches/intervention-par-le-plein-air/intervention-plein-air.svg';
    await openCms('#/collections/fiches/entries/intervention-plein-air');
    await page.getByRole('button', { name: 'Choisir une autre image' }).click();
    await page.getByText('intervention-plein-air.svg', { exact: true }).first().click();
    // The delete button is hidden; show it again, as an older stylesheet or a future Decap might.
    await page.addStyleTag({ content: 'button.e288rjk2 { display: inline-flex !important; }' });
    await page.getByRole('button', { name: /Supprimer/ }).filter({ visible: true }).click();
    await poll(() => page.getByText(deletionRefusal, { exact: false }).count()).toBeGreaterThan(0);
    expect(repo.git('rev-parse', 'main').trim()).toBe(mainAtStart);
    expect(repo.show('main', cover)).toBe(repo.show(mainAtStart, cover));
  });

  test('logged no JavaScript error', () => {
    expect(problems).toEqual([]);
  });
});
