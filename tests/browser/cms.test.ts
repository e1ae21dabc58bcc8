// One full `astro build`, of the clone once the CMS has published into it: no pure function renders a page
// from a library folder, and the shared build (.tmp/test-site) cannot hold a sheet the CMS writes during the test.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { changedLines, eventually, fillSheetFields, poll, typeBody, useCmsStack, waitForDraft } from './cms-harness';
import { buildSite } from '../build/site';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { objectSchema } from '../../src/schema/to-zod';
import { fiches } from '../../src/schema/collections';

/**
 * The editorial workflow end to end: the built /admin/ in Chromium, talking to decap-server (Git mode)
 * on a throw-away clone of this repository, the way `npm run cms` works on a laptop.
 */

const title = 'Ateliers de cuisine collective pour les 16-24 ans';
const slug = 'ateliers-de-cuisine-collective-pour-les-16-24-ans';
const sheetPath = `content/fiches/${slug}.mdx`;
const body = [
  '## Contexte et besoins',
  '',
  'Des jeunes qui ont quitté l’école cuisinent ensemble une fois par semaine.',
  '',
  '## Objectifs',
  '',
  '- Reprendre une routine',
  '- Calculer des quantités et un budget',
  '',
  '## Déroulement',
  '',
  '| Semaine | Activité |',
  '| --- | --- |',
  '| 1 | Planifier le menu |',
  '| 2 | Faire l’épicerie |',
  '',
  '## Conditions de réussite',
  '',
  'Une cuisine prêtée par le centre communautaire.',
  '',
  '## Résultats observés',
  '',
  'Selon les observations de l’équipe, la présence reste stable.',
  '',
  '## Défis et adaptations',
  '',
  'Prévoir des repas pour emporter.',
  '',
  '## Pour en savoir plus',
  '',
  'Voir la fiche de [Cap Réussite](/organismes/cap-reussite-rimouski/).',
];
/** Where the uploaded cover image is published: the sheet's own folder (Decap lowercases uploaded file names). */
const coverPath = `/images/fiches/${slug}/cuisine.png`;
/** Where the uploaded attachment is published, in the same way. */
const attachmentPath = `/fichiers/fiches/${slug}/programme.pdf`;
/** A small PDF document, to upload as an attachment. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A 1×1 PNG image, to upload as the cover. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const cms = useCmsStack();
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
});

describe('the CMS on a throw-away clone', () => {
  test('opens in French, signs in through the local backend and lists the collections contributors change', async () => {
    await page.goto(`${cms.url}/admin/`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    for (const label of ['Fiches de pratique', 'Outils', 'Modèles', 'Organismes']) {
      await poll(() => page.getByRole('link', { name: label, exact: true }).count()).toBeGreaterThan(0);
    }
  });

  test('starts a new sheet with a text area per section, requires the image’s alt text, previews it like the site, then saves it as a draft on a cms/ branch', async () => {
    await page.goto(`${cms.url}/admin/#/collections/fiches/new`);
    // One empty text area per section, labelled with its heading, in the template's order.
    const sections = page.locator('.carrefour-sections textarea');
    await poll(() => sections.count()).toBe(fiches.bodySections.length);
    expect(await sections.evaluateAll((areas) => areas.map((area) => [(area as HTMLTextAreaElement).labels?.[0]?.textContent, (area as HTMLTextAreaElement).value]))).toEqual(
      fiches.bodySections.map((heading) => [heading, '']),
    );

    await fillSheetFields(page, {
      title,
      summary: 'Des jeunes de 16 à 24 ans qui ont quitté l’école cuisinent ensemble chaque semaine : ils reprennent une routine et renouent avec les mathématiques.',
    });
    await typeBody(page, body);

    await page.getByRole('button', { name: 'Ajouter pièce jointe' }).click();
    await page.getByLabel('Nom du fichier', { exact: true }).fill('Programme des ateliers');
    await page.getByRole('button', { name: 'Choisir un fichier' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'Programme.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();

    await page.getByRole('button', { name: 'Choisir une image' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'Cuisine.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
    // An image without its text alternative is refused, in plain French.
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await poll(() => page.getByText('« Texte de remplacement » est obligatoire : remplissez-le.').count()).toBe(1);
    expect(cms.repo.git('branch', '--list', 'cms/*')).toBe('');
    await cms.expectSaveRefusalReported();
    await page.getByLabel('Texte de remplacement', { exact: true }).fill('Quatre jeunes autour d’un comptoir de cuisine, qui coupent des légumes.');

    // The preview looks like the sheet's page: same markup and the site's stylesheet.
    const preview = page.frameLocator('#preview-pane');
    await poll(() => preview.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await poll(() => preview.locator('.en-bref').innerText()).toContain('Jeunes adultes');
    expect(await preview.locator('.en-bref').evaluate((box) => getComputedStyle(box).backgroundColor)).toBe('rgb(241, 239, 232)');
    await poll(() => preview.locator('.body table').count()).toBe(1);

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(() => expect(cms.repo.git('branch', '--list', `cms/fiches/${slug}`)).toContain(`cms/fiches/${slug}`));
    expect(cms.repo.show('main', sheetPath)).toBeUndefined();
  });

  test('publishes the draft once ready: the file lands on main with valid front matter', async () => {
    await page.getByRole('button', { name: /Statut/ }).click();
    await page.getByRole('menuitem', { name: 'Prêt' }).click();
    await eventually(() => expect(cms.repo.git('config', `branch.cms/fiches/${slug}.description`)).toContain('pending_publish'));
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
    const file = await eventually(() => cms.repo.show('main', sheetPath) ?? expect.fail(`${sheetPath} n’est pas encore sur main`));

    const { data, body: markdown } = splitFrontMatter(file, sheetPath);
    const sheet = objectSchema(fiches.fields).parse(data) as Record<string, unknown>;
    expect(sheet).toMatchObject({
      title,
      themes: ['raccrochage'],
      audiences: ['jeunes-adultes'],
      regions: ['bas-saint-laurent'],
      organization: 'cap-reussite-rimouski',
      evidence: 'experience-terrain',
      cost: 'moins-de-500',
      licence: 'cc-by-nc-sa-4.0',
    });
    expect(Object.keys(data)).toEqual([
      'title',
      'summary',
      'themes',
      'audiences',
      'regions',
      'organization',
      'evidence',
      'cost',
      'attachments',
      'cover',
      'published',
      'reviewed',
      'licence',
      'sample',
    ]);
    expect(data.attachments).toEqual([{ title: 'Programme des ateliers', file: attachmentPath }]);
    expect(cms.repo.show('main', `public${attachmentPath}`)).toBe(pdf.toString());
    expect(data.cover).toEqual({ image: coverPath, alt: 'Quatre jeunes autour d’un comptoir de cuisine, qui coupent des légumes.' });
    expect(file).toMatch(/^published: \d{4}-\d{2}-\d{2}$/m);
    expect(markdown).toBe(`${body.join('\n')}\n`);
    expect(cms.repo.show('main', `public${coverPath}`)).toBeDefined();
  });

  test('the clone builds, with a page for the new sheet and its attachment', { timeout: 300_000 }, () => {
    const outDir = join(cms.repo.dir, '..', 'site');
    // Every test build shares one CMS bundle folder (tests/build/site.ts): only content changed, so it is reused.
    const result = buildSite(outDir, { contentDir: join(cms.repo.dir, 'content'), cacheDir: `${outDir}-cache`, publicDir: join(cms.repo.dir, 'public'), by: 'cms.test' });
    expect(result.output).toContain('espace de contribution repris');
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(join(outDir, 'pratiques', slug, 'index.html'), 'utf8');
    expect(html).toContain(`>${title}</h1>`);
    expect(html).toMatch(/<table>[\s\S]*Planifier le menu[\s\S]*<\/table>/);
    expect(html).toMatch(/<li>Reprendre une routine<\/li>/);
    expect(html).toContain('alt="Quatre jeunes autour d’un comptoir de cuisine, qui coupent des légumes."');
    expect(existsSync(join(outDir, coverPath))).toBe(true);
    expect(html).toMatch(
      new RegExp(`<a href="${attachmentPath}" download[^>]*>Programme des ateliers</a>\\s*<span class="muted"[^>]*>\\s*— PDF, <span class="size"[^>]*>${pdf.length} octets</span>`),
    );
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  });

  test('editing one field of an existing sheet changes that line only', async () => {
    const path = 'content/fiches/cafes-parents-ados.mdx';
    const before = cms.repo.show('main', path)!;
    // As a contributor would: from the sheet's page, through its « Proposer une modification » link.
    page = await cms.openTab('/pratiques/cafes-parents-ados/');
    await page.getByRole('link', { name: 'Proposer une modification' }).click();
    // Optional fields read « Taille du groupe (optionnel) ».
    const groupSize = page.getByLabel('Taille du groupe');
    await poll(() => groupSize.inputValue()).toBe('8 à 12 familles');
    await groupSize.fill('De 8 à 14 familles');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const after = await waitForDraft(cms.repo, 'cms/fiches/cafes-parents-ados', path, before);
    expect(changedLines(cms.repo, 'cms/fiches/cafes-parents-ados', path)).toEqual(['-groupSize: 8 à 12 familles', '+groupSize: De 8 à 14 familles']);
    expect(after).toBe(before.replace('groupSize: 8 à 12 familles', 'groupSize: De 8 à 14 familles'));
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
