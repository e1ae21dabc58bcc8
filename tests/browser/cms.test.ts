import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cloneThrowaway, type ThrowawayRepo } from './throwaway-repo';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { readCmsSettings } from '../../cms/settings';
import { root, siteDir } from '../build/site';
import { buildSite } from '../../scripts/lib/build-site.mjs';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { objectSchema } from '../../src/schema/to-zod';
import { fiches } from '../../src/schema/collections';
import { headingTitle, introLabel, shownText, splitBody } from '../../cms/sections';

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

let repo: ThrowawayRepo;
let decap: Awaited<ReturnType<typeof startDecapServer>>;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

/** Waits until `check` stops throwing, polling; for what happens in the repository after a click. */
const eventually = <T>(check: () => T) => vi.waitFor(check, { timeout: 30_000, interval: 200 });
/** Polls a value of the page until the assertion that follows holds. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

/** Picks `option` in a Decap select or relation field (react-select), by typing its beginning. */
async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types the body `lines` (Markdown) into the form: each section's text into the text area labelled with its heading. */
async function typeBody(lines: string[]) {
  for (const part of splitBody(lines.join('\n'))) {
    if (part.heading === '' && part.text === '') continue;
    await page.getByLabel(part.heading === '' ? introLabel : headingTitle(part.heading), { exact: true }).fill(shownText(part));
  }
}

beforeAll(async () => {
  repo = cloneThrowaway(root);
  decap = await startDecapServer({ root, repoDir: repo.dir });
  server = await serveSite(siteDir, undefined, forwardToDecapServer(readCmsSettings().localApiPath, decap.port, { repoDir: repo.dir }));
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1400, height: 1000 } });
  page = await openPage();
});

/** Opens a new tab in the shared browser context (same sign-in), recording errors and failed requests. */
async function openPage() {
  const tab = await context.newPage();
  tab.on('dialog', (dialog) => void dialog.accept());
  tab.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
  tab.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // One expected 404: Decap asks the local API for drafts that do not exist yet (part of its protocol).
    const isExpected = response.status() === 404 && path.startsWith('/api/');
    if (response.status() >= 400 && !isExpected) problems.push(`réponse ${response.status()} : ${response.url()}`);
  });
  return tab;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.close();
  repo?.remove();
});

describe('the CMS on a throw-away clone', () => {
  test('opens in French, signs in through the local backend and lists the collections contributors change', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    for (const label of ['Fiches de pratique', 'Outils', 'Modèles', 'Organismes']) {
      await poll(() => page.getByRole('link', { name: label, exact: true }).count()).toBeGreaterThan(0);
    }
  });

  test('starts a new sheet with a text area per section, requires the image’s alt text, previews it like the site, then saves it as a draft on a cms/ branch', async () => {
    await page.goto(`${server.url}/admin/#/collections/fiches/new`);
    // One empty text area per section, labelled with its heading, in the template's order.
    const sections = page.locator('.carrefour-sections textarea');
    await poll(() => sections.count()).toBe(fiches.bodySections.length);
    expect(await sections.evaluateAll((areas) => areas.map((area) => [(area as HTMLTextAreaElement).labels?.[0]?.textContent, (area as HTMLTextAreaElement).value]))).toEqual(fiches.bodySections.map((heading) => [heading, '']));

    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.getByLabel('Résumé', { exact: true }).fill('Des jeunes de 16 à 24 ans qui ont quitté l’école cuisinent ensemble chaque semaine : ils reprennent une routine et renouent avec les mathématiques.');
    await choose('Thèmes', 'Raccrochage et retour aux études');
    await choose('Publics', 'Jeunes adultes');
    await choose('Régions', 'Bas-Saint-Laurent (01)');
    await choose('Organisme', 'Cap Réussite');
    await choose('Niveau de preuve', 'Expérience terrain');
    await choose('Coût approximatif', 'Moins de 500 $');
    await typeBody(body);

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
    expect(repo.git('branch', '--list', 'cms/*')).toBe('');
    // Decap refuses the save with `Promise.reject()` and no reason (actions/entries.js, persistEntry), which
    // the page reports as an uncaught « undefined »: expected here, and only here.
    const refusal = 'erreur JavaScript : undefined';
    await poll(async () => problems.includes(refusal)).toBe(true);
    problems.splice(problems.indexOf(refusal), 1);
    await page.getByLabel('Texte de remplacement', { exact: true }).fill('Quatre jeunes autour d’un comptoir de cuisine, qui coupent des légumes.');

    // The preview looks like the sheet's page: same markup and the site's stylesheet.
    const preview = page.frameLocator('#preview-pane');
    await poll(() => preview.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await poll(() => preview.locator('.en-bref').innerText()).toContain('Jeunes adultes');
    expect(await preview.locator('.en-bref').evaluate((box) => getComputedStyle(box).backgroundColor)).toBe('rgb(241, 239, 232)');
    await poll(() => preview.locator('.body table').count()).toBe(1);

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await eventually(() => expect(repo.git('branch', '--list', `cms/fiches/${slug}`)).toContain(`cms/fiches/${slug}`));
    expect(repo.show('main', sheetPath)).toBeUndefined();
  });

  test('publishes the draft once ready: the file lands on main with valid front matter', async () => {
    await page.getByRole('button', { name: /Statut/ }).click();
    await page.getByRole('menuitem', { name: 'Prêt' }).click();
    await eventually(() => expect(repo.git('config', `branch.cms/fiches/${slug}.description`)).toContain('pending_publish'));
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
    const file = await eventually(() => repo.show('main', sheetPath) ?? expect.fail(`${sheetPath} n’est pas encore sur main`));

    const { data, body: markdown } = splitFrontMatter(file, sheetPath);
    const sheet = objectSchema(fiches.fields).parse(data) as Record<string, unknown>;
    expect(sheet).toMatchObject({ title, themes: ['raccrochage'], audiences: ['jeunes-adultes'], regions: ['bas-saint-laurent'], organization: 'cap-reussite-rimouski', evidence: 'experience-terrain', cost: 'moins-de-500', licence: 'cc-by-nc-sa-4.0' });
    expect(Object.keys(data)).toEqual(['title', 'summary', 'themes', 'audiences', 'regions', 'organization', 'evidence', 'cost', 'attachments', 'cover', 'published', 'reviewed', 'licence', 'sample']);
    expect(data.attachments).toEqual([{ title: 'Programme des ateliers', file: attachmentPath }]);
    expect(repo.show('main', `public${attachmentPath}`)).toBe(pdf.toString());
    expect(data.cover).toEqual({ image: coverPath, alt: 'Quatre jeunes autour d’un comptoir de cuisine, qui coupent des légumes.' });
    expect(file).toMatch(/^published: \d{4}-\d{2}-\d{2}$/m);
    expect(markdown).toBe(`${body.join('\n')}\n`);
    expect(repo.show('main', `public${coverPath}`)).toBeDefined();
  });

  test('the clone builds, with a page for the new sheet and its attachment', { timeout: 300_000 }, () => {
    const outDir = join(repo.dir, '..', 'site');
    const result = buildSite({ root, outDir, contentDir: join(repo.dir, 'content'), publicDir: join(repo.dir, 'public') });
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(join(outDir, 'pratiques', slug, 'index.html'), 'utf8');
    expect(html).toContain(`>${title}</h1>`);
    expect(html).toMatch(/<table>[\s\S]*Planifier le menu[\s\S]*<\/table>/);
    expect(html).toMatch(/<li>Reprendre une routine<\/li>/);
    expect(html).toContain('alt="Quatre jeunes autour d’un comptoir de cuisine, qui coupent des légumes."');
    expect(existsSync(join(outDir, coverPath))).toBe(true);
    expect(html).toMatch(new RegExp(`<a href="${attachmentPath}" download[^>]*>Programme des ateliers</a>\\s*<span class="muted"[^>]*> — PDF, ${pdf.length} octets</span>`));
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  });

  test('editing one field of an existing sheet changes that line only', async () => {
    const path = 'content/fiches/cafes-parents-ados.mdx';
    const before = repo.show('main', path)!;
    // As a contributor would: from the sheet's page, through its « Proposer une modification » link.
    page = await openPage();
    await page.goto(`${server.url}/pratiques/cafes-parents-ados/`);
    await page.getByRole('link', { name: 'Proposer une modification' }).click();
    // Optional fields read « Taille du groupe (optionnel) ».
    const groupSize = page.getByLabel('Taille du groupe');
    await poll(() => groupSize.inputValue()).toBe('8 à 12 familles');
    await groupSize.fill('De 8 à 14 familles');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // decap-server creates the draft branch, then commits on it: wait for the commit.
    const after = await eventually(() => {
      const draft = repo.show('cms/fiches/cafes-parents-ados', path);
      return draft && draft !== before ? draft : expect.fail('brouillon pas encore enregistré');
    });

    const changedLines = repo
      .git('diff', '--unified=0', 'main', 'cms/fiches/cafes-parents-ados', '--', path)
      .split('\n')
      .filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changedLines).toEqual(['-groupSize: 8 à 12 familles', '+groupSize: De 8 à 14 familles']);
    expect(after).toBe(before.replace('groupSize: 8 à 12 familles', 'groupSize: De 8 à 14 familles'));
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
