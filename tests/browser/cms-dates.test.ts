import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cloneThrowaway, type ThrowawayRepo } from './throwaway-repo';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { readCmsSettings } from '../../cms/settings';
import { root, siteDir } from '../build/site';
import { localToday } from '../../src/lib/dates';

/**
 * Dates and a new entry's address in the built /admin/, in a browser set to American English: dates are
 * typed as text and read the same whatever the browser's language, impossible or implausible dates and a
 * review before the publication are refused in French, and a new sheet shows the address it will get.
 */

const title = 'Mentorat de lecture entre voisins';
const slug = 'mentorat-de-lecture-entre-voisins';

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

/** The error messages Decap shows above the fields (their text: Decap's style shows them in capitals). */
const fieldErrors = () => page.locator('#nc-root li').evaluateAll((items) => items.map((item) => item.textContent));

/**
 * Clicks « Enregistrer » and expects the save to be refused with `message` above a field, and no draft branch.
 * Decap refuses with `Promise.reject()` and no reason, which the page reports as an uncaught « undefined ».
 */
async function expectRefused(message: string) {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await poll(fieldErrors).toContain(message);
  await poll(async () => problems.includes('erreur JavaScript : undefined')).toBe(true);
  problems.splice(problems.indexOf('erreur JavaScript : undefined'), 1);
  expect(repo.git('branch', '--list', 'cms/*')).toBe('');
}

beforeAll(async () => {
  repo = cloneThrowaway(root);
  decap = await startDecapServer({ root, repoDir: repo.dir });
  server = await serveSite(siteDir, undefined, forwardToDecapServer(readCmsSettings().localApiPath, decap.port));
  browser = await launchChromium();
  // « Whatever the browser's language »: Decap's own date widget read 15/03/2025 the American way.
  context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/Toronto', viewport: { width: 1400, height: 1000 } });
  page = await openPage();
});

/** Opens a new tab in the shared browser context (same sign-in), recording errors and failed requests. */
async function openPage() {
  const tab = await context.newPage();
  tab.on('dialog', (dialog) => void dialog.accept());
  tab.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
  tab.on('response', (response) => {
    // Decap asks the local API for drafts that do not exist yet: 404s that are part of its protocol.
    const isExpected = response.status() === 404 && new URL(response.url()).pathname.startsWith('/api/');
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

describe('dates and the address of a new sheet in the CMS, in an English-language browser', () => {
  test('a new sheet shows its address under the title, and warns when a sheet already has that title', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await poll(() => page.getByRole('link', { name: 'Fiches de pratique', exact: true }).count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/admin/#/collections/fiches/new`);
    const titleField = page.getByLabel('Titre', { exact: true });
    await titleField.fill('Club de lecture en famille');
    await poll(() => page.locator('.carrefour-entry-address').innerText()).toContain('Adresse de la page : /pratiques/club-de-lecture-en-famille-1/');
    await poll(() => page.locator('.carrefour-entry-warning').innerText()).toBe(
      'Une fiche porte déjà ce titre : /pratiques/club-de-lecture-en-famille/. Choisissez un titre plus précis.',
    );
    await titleField.fill(title);
    await poll(() => page.locator('.carrefour-entry-address').innerText()).toBe(`Adresse de la page : /pratiques/${slug}/`);
    expect(await page.locator('.carrefour-entry-warning').count()).toBe(0);
  });

  test('dates start at today, in AAAA-MM-JJ, with a French hint', async () => {
    const published = page.getByLabel('Date de publication', { exact: true });
    await poll(() => published.inputValue()).toBe(localToday(new Date()));
    expect(await published.getAttribute('inputmode')).toBe('numeric');
    const hint = await published.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hint}"]`).innerText()).toContain('AAAA-MM-JJ, par exemple 2025-03-15');
  });

  test('an impossible date, a date before 1990 and a review before the publication are refused in French', async () => {
    await page.getByLabel('Résumé', { exact: true }).fill('Des voisins lisent chaque semaine avec des jeunes du quartier : la lecture devient un rendez-vous et non plus une corvée.');
    await choose('Thèmes', 'Raccrochage et retour aux études');
    await choose('Publics', 'Jeunes adultes');
    await choose('Régions', 'Bas-Saint-Laurent (01)');
    await choose('Organisme', 'Cap Réussite');
    await choose('Niveau de preuve', 'Expérience terrain');
    await choose('Coût approximatif', 'Moins de 500 $');
    const published = page.getByLabel('Date de publication', { exact: true });
    const reviewed = page.getByLabel('Dernière révision', { exact: true });

    await published.fill('2019-02-30');
    await expectRefused('« Date de publication » : le 2019-02-30 n’existe pas au calendrier. Vérifiez le jour et le mois.');
    await published.fill('1985-01-01');
    await expectRefused('« Date de publication » : le 1985-01-01 est avant le 1990-01-01. Vérifiez l’année : les contenus de la bibliothèque datent de 1990 ou après.');
    await published.fill('15/03/2025');
    await reviewed.fill('2025-01-10');
    await expectRefused(
      '« Dernière révision » : la date « Dernière révision » (2025-01-10) précède la date « Date de publication » (2025-03-15). Mettez une date égale ou postérieure au 2025-03-15.',
    );
  });

  test('15/03/2025 typed in the form is saved as 2025-03-15, unquoted', async () => {
    const published = page.getByLabel('Date de publication', { exact: true });
    await page.getByLabel('Dernière révision', { exact: true }).fill('2025-06-02');
    await published.focus();
    await published.blur();
    expect(await published.inputValue()).toBe('2025-03-15');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const file = await eventually(() => repo.show(`cms/fiches/${slug}`, `content/fiches/${slug}.mdx`) ?? expect.fail('brouillon pas encore enregistré'));
    expect(file).toMatch(/^published: 2025-03-15$/m);
    expect(file).toMatch(/^reviewed: 2025-06-02$/m);
  });

  test('an existing sheet shows its stored dates, and a new review date changes that line only', async () => {
    const path = 'content/fiches/mentorat-entre-pairs.mdx';
    const before = repo.show('main', path)!;
    page = await openPage();
    await page.goto(`${server.url}/admin/#/collections/fiches/entries/mentorat-entre-pairs`);
    const reviewed = page.getByLabel('Dernière révision', { exact: true });
    await poll(() => reviewed.inputValue()).toBe('2025-06-20');
    expect(await page.getByLabel('Date de publication', { exact: true }).inputValue()).toBe('2022-05-10');
    // An existing entry gets no address line: its address is already set.
    expect(await page.locator('.carrefour-entry-address').count()).toBe(0);
    await reviewed.fill('02/12/2025');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // decap-server creates the draft branch, then commits on it: wait for the commit.
    const after = await eventually(() => {
      const draft = repo.show('cms/fiches/mentorat-entre-pairs', path);
      return draft && draft !== before ? draft : expect.fail('brouillon pas encore enregistré');
    });
    expect(after).toBe(before.replace('reviewed: 2025-06-20', 'reviewed: 2025-12-02'));
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
