import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { site } from '../../src/config';

const browser = useBrowser();
const path = '/pratiques/table-locale-perseverance/';
const canonical = `${site.url}${path}`;

describe('« Imprimer » and « Copier le lien » on an entry', () => {
  test('without JavaScript: no button, the page’s address as a plain link', async () => {
    const page = await browser.open(path, { javaScriptEnabled: false });
    const actions = page.locator('[data-entry-actions]');
    expect(await actions.getByRole('button').count()).toBe(0);
    const link = actions.getByRole('link', { name: canonical });
    await expect(link.isVisible()).resolves.toBe(true);
    expect(await link.getAttribute('href')).toBe(canonical);
    expect((await actions.locator('[data-share-link]').textContent())!.replace(/\s+/g, ' ').trim()).toBe(`Lien vers cette fiche : ${canonical}`);
  });

  test('with JavaScript: two buttons instead of the link; « Copier le lien » copies the canonical address and says so', async () => {
    const page = await browser.open(path);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const actions = page.locator('[data-entry-actions]');
    // « Ajouter à ma trousse » follows them (tests/browser/kit.test.ts).
    expect((await actions.getByRole('button').allTextContents()).map((text) => text.trim())).toEqual(['Imprimer', 'Copier le lien', 'Ajouter à ma trousse']);
    await expect(actions.getByRole('link', { name: canonical }).isVisible()).resolves.toBe(false);

    await actions.getByRole('button', { name: 'Copier le lien' }).click();
    await page.waitForFunction(() => document.querySelector('[data-share-status]')?.textContent === 'Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(await actions.locator('[data-share-status]').textContent()).toBe('Lien copié');
  });

  test('when the browser refuses to copy, the address shows, selected, and the reader is told how to copy it', async () => {
    const page = await browser.open(path);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refusé', 'NotAllowedError'));
    });
    const actions = page.locator('[data-entry-actions]');
    await actions.getByRole('button', { name: 'Copier le lien' }).click();
    await page.waitForFunction(() => document.querySelector('[data-share-status]')?.textContent?.startsWith('Copie impossible'));
    await expect(actions.getByRole('link', { name: canonical }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(canonical);
  });

  test('« Imprimer » opens the browser’s print dialog, with the keyboard too', async () => {
    const page = await browser.open(path);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    const button = page.getByRole('button', { name: 'Imprimer' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('html[data-printed]').count()).toBe(1);
  });
});
