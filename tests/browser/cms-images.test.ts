import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test, vi } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cloneThrowaway, type ThrowawayRepo } from './throwaway-repo';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { readCmsSettings } from '../../cms/settings';
import { root, siteDir } from '../build/site';

/**
 * A draft's own images show in the form and in the preview, although the site only has them once the
 * draft is published and built: right after the upload, after « Enregistrer », and in a fresh tab that
 * re-opens the saved draft. The built /admin/ in Chromium, on decap-server (Git mode) and a throw-away clone.
 */

const title = 'Jardin collectif au centre de jour';
const slug = 'jardin-collectif-au-centre-de-jour';
/** Where the cover is published: the sheet's own folder (Decap lowercases uploaded file names). */
const coverPath = `/images/fiches/${slug}/potager.png`;
const alt = 'Trois jeunes qui arrosent des plants de tomates dans un bac.';
/** A 3×2 PNG image: its natural width tells it apart from Decap's empty placeholder. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGM4EaABQQxwFgBO1AeBToSARAAAAABJRU5ErkJggg==', 'base64');
const pngWidth = 3;

let repo: ThrowawayRepo;
let decap: Awaited<ReturnType<typeof startDecapServer>>;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

const eventually = <T>(check: () => T) => vi.waitFor(check, { timeout: 30_000, interval: 200 });
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

/** Picks `option` in a Decap select or relation field (react-select), by typing its beginning. */
async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a tab in the shared browser context (same sign-in), recording errors and failed requests. */
async function openPage() {
  const tab = await context.newPage();
  tab.on('dialog', (dialog) => void dialog.accept());
  tab.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
  tab.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // Decap asks the local API for drafts that do not exist yet: part of its protocol, the only 404 expected.
    if (response.status() >= 400 && !(response.status() === 404 && path.startsWith('/api/'))) problems.push(`réponse ${response.status()} : ${response.url()}`);
  });
  return tab;
}

/** The natural width of an image once it has loaded (0 while it loads or when it failed). */
const naturalWidth = (image: Locator) => image.evaluate((element) => (element as HTMLImageElement).complete ? (element as HTMLImageElement).naturalWidth : 0);

/** Checks that the cover shows in the form's thumbnail, and the cover and the body's image in the preview, with their text alternatives. */
async function expectImagesShown() {
  // The image widget's thumbnail: the only image of the form.
  const thumbnail = page.locator('img[role="presentation"]');
  await poll(() => thumbnail.count()).toBe(1);
  await poll(() => naturalWidth(thumbnail)).toBe(pngWidth);

  const preview = page.frameLocator('#preview-pane');
  const cover = preview.locator('img.cover');
  await poll(() => naturalWidth(cover)).toBe(pngWidth);
  expect(await cover.getAttribute('alt')).toBe(alt);
  const bodyImage = preview.locator('.body img');
  await poll(() => naturalWidth(bodyImage)).toBe(pngWidth);
  expect(await bodyImage.getAttribute('alt')).toBe('Le potager en juin');
}

beforeAll(async () => {
  repo = cloneThrowaway(root);
  decap = await startDecapServer({ root, repoDir: repo.dir });
  server = await serveSite(siteDir, undefined, forwardToDecapServer(readCmsSettings().localApiPath, decap.port, { repoDir: repo.dir }));
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1400, height: 1000 } });
  page = await openPage();
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

describe('a draft’s own images in the CMS', () => {
  // A failed step leaves a screenshot of the CMS for review.
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await page.screenshot({ path: `test-results/cms-images/${task.name.slice(0, 40)}.png`, fullPage: true });
    });
  });

  test('a new sheet’s cover shows in the form and the preview right after the upload', async () => {
    await page.goto(`${server.url}/admin/#/collections/fiches/new`);
    const lastSection = page.getByLabel('Pour en savoir plus', { exact: true });
    await lastSection.waitFor({ timeout: 30_000 });
    // The title first: it names the folder the image is uploaded into.
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.getByLabel('Résumé', { exact: true }).fill('Des jeunes du centre de jour cultivent un potager collectif et partagent la récolte avec une cuisine communautaire.');
    await choose('Thèmes', 'Raccrochage et retour aux études');
    await choose('Publics', 'Jeunes adultes');
    await choose('Régions', 'Bas-Saint-Laurent (01)');
    await choose('Organisme', 'Cap Réussite');
    await choose('Niveau de preuve', 'Expérience terrain');
    await choose('Coût approximatif', 'Moins de 500 $');

    await page.getByRole('button', { name: 'Choisir une image' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'Potager.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
    await page.getByLabel('Texte de remplacement', { exact: true }).fill(alt);
    // The body shows the uploaded image too, in Markdown, in its last section.
    await lastSection.fill(`![Le potager en juin](${coverPath})`);

    await expectImagesShown();
    expect(problems.splice(0)).toEqual([]);
  });

  test('after « Enregistrer », the saved draft still shows its images', async () => {
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(() => expect(repo.show(`cms/fiches/${slug}`, `public${coverPath}`)).toBeDefined());
    expect(repo.show(`cms/fiches/${slug}`, `content/fiches/${slug}.mdx`)).toContain(`image: ${coverPath}`);
    expect(repo.show('main', `public${coverPath}`)).toBeUndefined();
    await poll(async () => page.url()).toContain(`/entries/${slug}`);
    await expectImagesShown();
    expect(problems.splice(0)).toEqual([]);
  });

  test('a fresh tab re-opens the draft with its images, read from the draft branch', async () => {
    page = await openPage();
    await page.goto(`${server.url}/admin/#/collections/fiches/entries/${slug}`);
    await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe(title);
    await expectImagesShown();
    expect(await page.frameLocator('#preview-pane').locator('img.cover').getAttribute('src')).toMatch(/^blob:/);
    expect(problems.splice(0)).toEqual([]);
  });
});
