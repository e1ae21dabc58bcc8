import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { eventually, fillSheetFields, poll, screenshotOnFailure, useCmsStack } from './cms-harness';

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

const cms = useCmsStack();
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
  await cms.signIn(page);
});

/** The natural width of an image once it has loaded (0 while it loads or when it failed). */
const naturalWidth = (image: Locator) => image.evaluate((element) => ((element as HTMLImageElement).complete ? (element as HTMLImageElement).naturalWidth : 0));

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

describe('a draft’s own images in the CMS', () => {
  // A failed step leaves a screenshot of the CMS for review.
  screenshotOnFailure('cms-images', () => page);

  test('a new sheet’s cover shows in the form and the preview right after the upload', async () => {
    await page.goto(`${cms.url}/admin/#/collections/fiches/new`);
    const lastSection = page.getByLabel('Pour en savoir plus', { exact: true });
    await lastSection.waitFor({ timeout: 30_000 });
    // The title first: it names the folder the image is uploaded into.
    await fillSheetFields(page, { title, summary: 'Des jeunes du centre de jour cultivent un potager collectif et partagent la récolte avec une cuisine communautaire.' });

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
    await eventually(() => expect(cms.repo.show(`cms/fiches/${slug}`, `public${coverPath}`)).toBeDefined());
    expect(cms.repo.show(`cms/fiches/${slug}`, `content/fiches/${slug}.mdx`)).toContain(`image: ${coverPath}`);
    expect(cms.repo.show('main', `public${coverPath}`)).toBeUndefined();
    await poll(() => page.url()).toContain(`/entries/${slug}`);
    await expectImagesShown();
    expect(problems.splice(0)).toEqual([]);
  });

  test('a fresh tab re-opens the draft with its images, read from the draft branch', async () => {
    page = await cms.openTab(`/admin/#/collections/fiches/entries/${slug}`);
    await poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe(title);
    await expectImagesShown();
    expect(await page.frameLocator('#preview-pane').locator('img.cover').getAttribute('src')).toMatch(/^blob:/);
    expect(problems.splice(0)).toEqual([]);
  });
});
