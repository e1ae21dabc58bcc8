import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fillSheetFields, poll, useCmsStack, waitForDraft } from './cms-harness';

/**
 * Dates and a new entry's address in the built /admin/, in a browser set to American English: dates are
 * typed as text and read the same whatever the browser's language, impossible or implausible dates and a
 * review before the publication are refused in French, and a new sheet shows the address it will get.
 */

const title = 'Mentorat de lecture entre voisins';
const slug = 'mentorat-de-lecture-entre-voisins';

// « Whatever the browser's language »: Decap's own date widget read 15/03/2025 the American way.
const timeZone = 'America/Toronto';
const cms = useCmsStack({ context: { locale: 'en-US', timezoneId: timeZone } });
/** Today where the browser is, as AAAA-MM-JJ: from 0 h to 5 h UTC, Toronto is still on the day before. */
const browserToday = () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
});

/** The error messages Decap shows above the fields (their text, as written). */
const fieldErrors = () => page.locator('#nc-root li').evaluateAll((items) => items.map((item) => item.textContent));

/**
 * Clicks « Enregistrer » and expects the save to be refused with `message` above a field, and no draft branch.
 * Decap refuses with `Promise.reject()` and no reason, which the page reports as an uncaught « undefined ».
 */
async function expectRefused(message: string) {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await poll(fieldErrors).toContain(message);
  // Shown as written, in sentence case, not in Decap's capitals.
  expect(
    await page
      .locator('#nc-root li', { hasText: message.slice(0, 20) })
      .first()
      .evaluate((item) => getComputedStyle(item).textTransform),
  ).toBe('none');
  await cms.expectSaveRefusalReported();
  expect(cms.repo.git('branch', '--list', 'cms/*')).toBe('');
}

describe('dates and the address of a new sheet in the CMS, in an English-language browser', () => {
  test('a new sheet shows its address under the title, and warns when a sheet already has that title', async () => {
    await cms.signIn(page);
    await page.goto(`${cms.url}/admin/#/collections/fiches/new`);
    const titleField = page.getByLabel('Titre', { exact: true });
    await titleField.waitFor();
    // An untouched new form has nothing to save: its dates and its empty lists of choices count as no edit.
    await poll(() => page.getByText('Modifications enregistrées', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Modifications non enregistrées', { exact: true }).count()).toBe(0);
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
    await poll(() => published.inputValue()).toBe(browserToday());
    expect(await published.getAttribute('inputmode')).toBe('numeric');
    const hint = await published.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hint}"]`).innerText()).toContain('AAAA-MM-JJ, par exemple 2025-03-15');
  });

  test('an impossible date, a date before 1990 and a review before the publication are refused in French', async () => {
    await fillSheetFields(page, { summary: 'Des voisins lisent chaque semaine avec des jeunes du quartier : la lecture devient un rendez-vous et non plus une corvée.' });
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
    const file = await waitForDraft(cms.repo, `cms/fiches/${slug}`, `content/fiches/${slug}.mdx`);
    expect(file).toMatch(/^published: 2025-03-15$/m);
    expect(file).toMatch(/^reviewed: 2025-06-02$/m);
  });

  test('an existing sheet shows its stored dates, and a new review date changes that line only', async () => {
    const path = 'content/fiches/mentorat-entre-pairs.mdx';
    const before = cms.repo.show('main', path)!;
    page = await cms.openTab('/admin/#/collections/fiches/entries/mentorat-entre-pairs');
    const reviewed = page.getByLabel('Dernière révision', { exact: true });
    await poll(() => reviewed.inputValue()).toBe('2025-06-20');
    expect(await page.getByLabel('Date de publication', { exact: true }).inputValue()).toBe('2022-05-10');
    // An existing entry gets no address line: its address is already set.
    expect(await page.locator('.carrefour-entry-address').count()).toBe(0);
    await reviewed.fill('02/12/2025');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const after = await waitForDraft(cms.repo, 'cms/fiches/mentorat-entre-pairs', path, before);
    expect(after).toBe(before.replace('reviewed: 2025-06-20', 'reviewed: 2025-12-02'));
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
