import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { KIT_LIMIT, KIT_STORAGE_KEY } from '../../src/lib/kit';
import { root } from '../build/site';

const browser = useBrowser();
const sheet = '/pratiques/mentorat-entre-pairs/';
const tool = '/outils/grille-observation-engagement/';
const model = '/modeles/modele-logique-mentorat/';

/** Goes to `path` in the same browser (same localStorage) and returns the entry's title. */
async function visit(page: Page, path: string): Promise<string> {
  await page.goto(`${browser.baseUrl}${path}`);
  return (await page.locator('h1').textContent())!.trim();
}

/** Presses the entry page's kit button and waits until it says the entry is saved (or not). */
async function toggle(page: Page, saved: boolean): Promise<void> {
  const button = page.locator('[data-entry-actions]').getByRole('button', { name: saved ? 'Ajouter à ma trousse' : 'Retirer de ma trousse' });
  await button.click();
  await page.waitForFunction((saved) => document.querySelector('[data-kit-toggle]')?.getAttribute('aria-pressed') === String(saved), saved);
}

/** Returns the titles the kit page lists as « Mes contenus », once it has loaded. */
async function kitTitles(page: Page): Promise<string[]> {
  await page.locator('[data-kit]:not([hidden])').waitFor();
  return (await page.locator('[data-kit-list] h3').allTextContents()).map((title) => title.trim());
}

describe.each([
  { screen: 'phone', viewport: { width: 390, height: 844 } },
  { screen: 'desktop', viewport: { width: 1280, height: 900 } },
])('« Ma trousse » on a $screen', ({ viewport }) => {
  test('add two entries from their pages, see them, print them together, remove one', async () => {
    const page = await browser.open(sheet, { viewport });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const sheetTitle = await visit(page, sheet);
    const button = page.locator('[data-kit-toggle]');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    // The page loads only the button's small loader; the code that changes the kit comes on the first click.
    const kitCode = (paths: string[]) => paths.filter((path) => /\/_astro\/kit(-store)?\.[\w-]+\.js$/.test(path));
    expect(kitCode(scripts)).toEqual([]);
    await toggle(page, true);
    expect(kitCode(scripts).length).toBeGreaterThan(0);
    expect((await button.textContent())!.trim()).toBe('Retirer de ma trousse');
    await page.waitForFunction(() => document.querySelector('[data-kit-status]')?.textContent?.startsWith('Ajout fait'));
    expect(await page.locator('[data-kit-status]').textContent()).toBe('Ajout fait : votre trousse compte 1 contenu(s).');
    const toolTitle = await visit(page, tool);
    await toggle(page, true);

    // The button remembers, across pages and reloads.
    await visit(page, sheet);
    expect(await page.locator('[data-kit-toggle]').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('link', { name: 'Voir ma trousse' }).click();
    expect(await kitTitles(page)).toEqual([sheetTitle, toolTitle]);
    expect((await page.locator('#mes-contenus-titre').textContent())!.trim()).toBe('Mes contenus (2)');
    expect(await page.locator('[data-kit-list] li').first().textContent()).toContain('Fiche de pratique');

    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const title of [sheetTitle, toolTitle]) expect(printed).toContain(title);
    expect(printed).toContain('Ma trousse, 2 contenus');
    expect(printed).toContain('Thèmes');
    expect(printed).toContain(`${browser.baseUrl}${sheet}`);
    expect(printed).not.toContain('Retirer');
    expect(printed).not.toContain('Imprimer ma trousse');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: `Retirer « ${sheetTitle} » de ma trousse` }).click();
    expect(await kitTitles(page)).toEqual([toolTitle]);
    await page.waitForFunction(() => document.querySelector('[data-kit-status]')?.textContent?.startsWith('Retrait fait'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(toolTitle);
    await page.reload();
    expect(await kitTitles(page)).toEqual([toolTitle]);
    await visit(page, sheet);
    expect(await page.locator('[data-kit-toggle]').getAttribute('aria-pressed')).toBe('false');
  });

  test('the share address opens the same kit in another browser, to add to one’s own or to take instead', async () => {
    const page = await browser.open(sheet, { viewport });
    const titles = [await visit(page, sheet)];
    await toggle(page, true);
    titles.push(await visit(page, tool));
    await toggle(page, true);
    await visit(page, '/trousse/');
    expect(await kitTitles(page)).toEqual(titles);
    const address = new URL((await page.locator('[data-kit-share]').getAttribute('href'))!);
    expect(address.pathname + address.search).toBe(`/trousse/?e=${sheet.slice(1, -1)},${tool.slice(1, -1)}`);

    // Another device, with a kit of its own: the shared entries are offered, its own kit kept.
    const other = await browser.open(model, { viewport });
    const own = await visit(other, model);
    await toggle(other, true);
    await other.goto(address.href);
    await other.locator('[data-kit-shared]:not([hidden])').waitFor();
    expect((await other.locator('[data-kit-shared-list] h3').allTextContents()).map((title) => title.trim())).toEqual(titles);
    expect(await other.locator('[data-kit-shared-intro]').textContent()).toBe('Ce lien contient 2 contenus.');
    expect(await other.locator('[data-kit-choice]').isVisible()).toBe(true);
    expect(await kitTitles(other)).toEqual([own]);
    await other.getByRole('button', { name: 'Ajouter à ma trousse' }).click();
    expect(await kitTitles(other)).toEqual([own, ...titles]);
    expect(await other.locator('[data-kit-shared]').isVisible()).toBe(false);
    expect(new URL(other.url()).search).toBe('');

    // A fresh browser with no kit: « Remplacer » is not offered, « Ajouter » takes the shared kit.
    const fresh = await browser.open(address.pathname + address.search, { viewport });
    await fresh.locator('[data-kit-shared]:not([hidden])').waitFor();
    expect(await fresh.getByRole('button', { name: 'Remplacer ma trousse' }).count()).toBe(0);
    expect(await fresh.locator('[data-kit-choice]').isVisible()).toBe(false);
    await fresh.getByRole('button', { name: 'Ajouter à ma trousse' }).click();
    expect(await kitTitles(fresh)).toEqual(titles);

    // « Remplacer ma trousse » takes the shared kit instead of one's own.
    await other.goto(`${address.href}`);
    await other.locator('[data-kit-shared]:not([hidden])').waitFor();
    await other.getByRole('button', { name: 'Remplacer ma trousse' }).click();
    expect(await kitTitles(other)).toEqual(titles);
  });
});

describe('« Ma trousse » at its limit', () => {
  // Every sheet, tool and model of the sample library, then references to pages that do not exist.
  const real = (['fiches', 'outils', 'modeles'] as const).flatMap((folder) =>
    readdirSync(join(root, 'content', folder)).map((name) => `${folder === 'fiches' ? 'pratiques' : folder}/${name.replace(/\.mdx$/, '')}`),
  );
  const absent = (count: number) => Array.from({ length: count }, (_, i) => `pratiques/absente-${i}`);
  /** Forgets the 404s of the absent pages the kit page checked (the response and its console line), and fails on any other problem. */
  const forgiveAbsent = () => {
    const problems = browser.takeProblems();
    const responses = problems.filter((problem) => /^réponse 404 : .*\/pratiques\/absente-\d+\/$/.test(problem));
    const consoleLine = 'console : Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(problems.filter((problem) => problem === consoleLine).length).toBe(responses.length);
    expect(problems.filter((problem) => !responses.includes(problem) && problem !== consoleLine)).toEqual([]);
  };

  test('a shared address beyond the limit says how many of its entries were not taken, and a full kit how many it could not add', async () => {
    const refs = [...real, ...absent(KIT_LIMIT - real.length + 3)];
    const page = await browser.open(`/trousse/?e=${refs.join(',')}`);
    await page.locator('[data-kit-shared]:not([hidden])').waitFor();
    expect(await page.locator('[data-kit-shared-intro]').textContent()).toBe(`Ce lien contient ${real.length} contenus.`);
    expect(await page.locator('[data-kit-refused]').textContent()).toBe(`Adresses non reconnues, ignorées : ${KIT_LIMIT - real.length}.`);
    expect(await page.locator('[data-kit-over-limit]').textContent()).toBe(
      `Une trousse garde au plus ${KIT_LIMIT} contenus : les 3 derniers contenus de ce lien ne sont pas repris.`,
    );
    forgiveAbsent();

    // A kit one entry short of full takes one of three shared entries, and says so on the page.
    const own = absent(KIT_LIMIT - 1).map((ref) => ({ ref, title: ref, type: '', summary: '' }));
    await page.evaluate(({ key, kit }) => localStorage.setItem(key, kit), { key: KIT_STORAGE_KEY, kit: JSON.stringify(own) });
    await page.goto(`${browser.baseUrl}/trousse/?e=${real.slice(0, 3).join(',')}`);
    await page.locator('[data-kit-shared]:not([hidden])').waitFor();
    expect(await page.locator('[data-kit-over-limit]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Ajouter à ma trousse' }).click();
    await page.locator('[data-kit-full]:not([hidden])').waitFor();
    expect(await page.locator('[data-kit-count]').textContent()).toBe(String(KIT_LIMIT));
    const full = `2 contenus de la trousse partagée n’ont pas été ajoutés : votre trousse est pleine (${KIT_LIMIT} contenus au plus). Retirez-en pour faire de la place.`;
    expect(await page.locator('[data-kit-full]').textContent()).toBe(full);
    await expect.poll(() => page.locator('[data-kit-status]').textContent()).toBe(`1 contenu ajouté à votre trousse. ${full}`);
    forgiveAbsent();
  });
});

describe('« Ma trousse » without JavaScript', () => {
  test('entry pages have no kit button, the kit page says it needs JavaScript and points to the listings', async () => {
    const page = await browser.open(sheet, { javaScriptEnabled: false });
    expect(await page.locator('[data-entry-actions]').getByRole('button').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Voir ma trousse' }).count()).toBe(0);
    await page.goto(`${browser.baseUrl}/trousse/`);
    const notice = page.locator('main .notice');
    expect(await notice.textContent()).toContain('Ma trousse a besoin de JavaScript');
    expect(await notice.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/pratiques/', '/outils/', '/modeles/']);
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
  });
});
