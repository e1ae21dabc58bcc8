import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { siteDir } from '../build/site';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 } };
const desktop = { viewport: { width: 1280, height: 900 } };

/** The reports as the open data publishes them. */
const reports = (
  JSON.parse(readFileSync(join(siteDir, 'donnees', 'bibliotheque.json'), 'utf8')) as {
    reports: { id: string; url: string; about: string; organization: string; region: string; published: string; adapted: string }[];
  }
).reports;

/** Returns the reports about an entry (`fiche:slug`), newest first, and how many organizations and regions they name. */
function about(key: string) {
  const list = reports.filter((report) => report.about === key).sort((a, b) => b.published.localeCompare(a.published));
  return { list, organizations: new Set(list.map((r) => r.organization)).size, regions: new Set(list.map((r) => r.region)).size };
}

const sheet = about('fiche:mentorat-entre-pairs');

describe.each([
  ['phone', phone],
  ['desktop', desktop],
])('from a sheet, on a %s', (_name, options) => {
  test('reads who tried it, reaches its reports, opens one and reaches its organization, which lists it', async () => {
    expect(sheet.list.length).toBeGreaterThan(3);
    const page = await browser.open('/pratiques/mentorat-entre-pairs/', options);
    const brief = page.locator('.en-bref');
    const sentence = `Essayée par ${sheet.organizations} organismes dans ${sheet.regions} régions`;
    await brief.getByRole('link', { name: sentence }).click();
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Nous l’avons essayé', level: 2 }) });
    await expect(section.getByRole('heading', { name: 'Nous l’avons essayé' }).isVisible()).resolves.toBe(true);

    // Bounded: the newest three, and a link to all of them.
    const shown = await section.locator('.reports > li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(shown).toEqual(sheet.list.slice(0, 3).map((r) => new URL(r.url).pathname));
    await section.getByRole('link', { name: `Les ${sheet.list.length} récits sur cette fiche` }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Nous l’avons essayé\s:\sMentorat entre pairs au secondaire$/);
    expect(await page.locator('.reports > li').count()).toBe(sheet.list.length);

    const oldest = sheet.list.at(-1)!;
    await page.locator(`.reports a[href="${new URL(oldest.url).pathname}"]`).click();
    expect(new URL(page.url()).pathname).toBe(new URL(oldest.url).pathname);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await expect(page.getByText(oldest.adapted.slice(0, 40)).isVisible()).resolves.toBe(true);

    await page.locator(`.en-bref a[href="/organismes/${oldest.organization}/"]`).click();
    expect(new URL(page.url()).pathname).toBe(`/organismes/${oldest.organization}/`);
    const listed = page.locator('section', { has: page.getByRole('heading', { name: 'Ce que l’organisme a essayé' }) });
    await expect(listed.getByRole('link', { name: title }).count()).resolves.toBe(1);
  });
});

describe('a tool tried by one organization', () => {
  test('says « Essayé par 1 organisme dans 1 région » and names that organization under its region', async () => {
    const tool = about('outil:grille-observation-engagement');
    expect([tool.organizations, tool.regions]).toEqual([1, 1]);
    const page = await browser.open('/outils/grille-observation-engagement/', phone);
    await expect(page.locator('.en-bref').getByRole('link', { name: 'Essayé par 1 organisme dans 1 région' }).count()).resolves.toBe(1);
    const peers = page.locator('.peers');
    await expect(peers.getByRole('link', { name: 'Mauricie' }).getAttribute('href')).resolves.toBe('/regions/mauricie/');
    await expect(peers.getByRole('link', { name: 'La Boussole' }).getAttribute('href')).resolves.toBe(`/organismes/${tool.list[0]!.organization}/`);
  });
});

describe('search', () => {
  test('finds a report by a word of its text', async () => {
    const page = await browser.open('/recherche/?q=pictogrammes', desktop);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/résultat/);
    const paths = await page.locator('.result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toContain('/experiences/questionnaire-stress-quebec/');
  });
});

describe('/experiences/', () => {
  test('lists every report, newest first', async () => {
    const page = await browser.open('/experiences/', phone);
    const paths = await page.locator('.reports > li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(paths).toEqual([...reports].sort((a, b) => b.published.localeCompare(a.published)).map((r) => new URL(r.url).pathname));
  });
});
