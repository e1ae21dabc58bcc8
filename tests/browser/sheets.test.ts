import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { desktop } from './layout-checks';
import { site } from '../../src/config';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 } };

const entries = [
  { kind: 'a sheet', path: '/pratiques/table-locale-perseverance/', files: true, this: 'cette fiche', published: 'Publiée le' },
  { kind: 'a tool', path: '/outils/guide-animation-cafes-parents/', files: true, this: 'cet outil', published: 'Publié le' },
  { kind: 'a model', path: '/modeles/modele-logique-mentorat/', files: false, this: 'ce modèle', published: 'Publié le' },
];

/** Returns the top of an element, in CSS px from the top of the page. */
const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

/** Returns the text a reader sees, code left out, and every sign in it that follows a breakable space (« before one). */
async function looseSigns(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, code, pre, kbd, samp, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let all = '';
    while (walker.nextNode()) all += walker.currentNode.textContent;
    return all;
  });
  return [...text.matchAll(/.{0,30}(?:[ \t\n\r][:;!?»$%]|«[ \t\n\r]).{0,10}/g)].map(([match]) => match);
}

describe.each([
  { screen: 'on a 390 px phone', options: phone },
  { screen: 'on a desktop', options: desktop },
])('« En bref » lets the reader act $screen', ({ options }) => {
  test.each(entries)('$kind: its files and its organization’s e-mail and phone are in the box, above the body', async ({ path, files }) => {
    const page = await browser.open(path, options);
    const brief = page.locator('aside.en-bref');
    const email = brief.locator('a[href^="mailto:"]');
    await expect(email.isVisible()).resolves.toBe(true);
    expect(await email.getAttribute('href')).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(await brief.locator('a[href^="tel:+1"]').getAttribute('href')).toMatch(/^tel:\+1\d{10}$/);
    const bodyTop = await topOf(page, '.prose.body');
    expect(await topOf(page, 'aside.en-bref a[href^="mailto:"]')).toBeLessThan(bodyTop);

    const links = brief.locator('a[download]');
    if (!files) {
      expect(await links.count()).toBe(0);
      return;
    }
    expect(await brief.locator('h3#fichiers-titre').textContent()).toBe('Fichiers à télécharger');
    expect(await links.count()).toBeGreaterThan(0);
    // The box holds every file of the page: no second list lower down.
    expect(await page.locator('main a[download]').count()).toBe(await links.count());
    for (const item of await brief.locator('.brief-files li').all()) {
      expect((await item.textContent())!.replace(/\s+/g, ' ').trim()).toMatch(/^\S.* — [^,]+, \d+(,\d)? (octets|Ko|Mo)$/);
    }
    expect(await topOf(page, 'aside.en-bref a[download]')).toBeLessThan(bodyTop);
    const response = await page.request.get(new URL((await links.first().getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
  });
});

describe.each(entries)('$kind speaks of itself in the right words', ({ path, this: self, published }) => {
  test(`« ${self} », « ${published} »`, async () => {
    const page = await browser.open(path);
    expect(await page.locator('header .notice').textContent()).toContain(`nous avons inventé ${self} pour`);
    expect(await page.locator('#citation-titre').textContent()).toBe(`Pour citer ${self}`);
    expect(await page.locator('section[aria-labelledby="meta-titre"] dt').first().textContent()).toBe(published);
  });
});

describe('French text', () => {
  test('bibliographic references show their emphasis, not asterisks', async () => {
    const page = await browser.open('/modeles/approche-ecole-famille-communaute/');
    const references = page.locator('section[aria-labelledby="references-titre"] li');
    expect(await references.locator('em').first().textContent()).toBe('School, Family, and Community Partnerships: Preparing Educators and Improving Schools');
    expect(await references.allTextContents()).not.toContainEqual(expect.stringContaining('*'));
  });

  test.each(['/', '/pratiques/', ...entries.map((entry) => entry.path), '/contribuer/', '/organismes/'])('%s has no « : ; ! ? » % $ after a breakable space', async (path) => {
    const page = await browser.open(path);
    expect(await looseSigns(page)).toEqual([]);
  });
});

describe('« Copier la citation »', () => {
  test('is absent without JavaScript, where the citation stays readable', async () => {
    const page = await browser.open(entries[0]!.path, { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: 'Copier la citation' }).count()).toBe(0);
    const citation = (await page.locator('p.citation').textContent())!;
    expect(citation).toContain(`Carrefour des pratiques. ${site.url}${entries[0]!.path}`);
    expect(await page.locator('p.citation').isVisible()).toBe(true);
  });

  test.each(entries)('copies the citation of $kind with the reader’s date, and says so', async ({ path }) => {
    const page = await browser.open(path, phone);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.getByRole('button', { name: 'Copier la citation' });
    await button.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Citation copiée' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(copied).toBe(await page.locator('p.citation').textContent());
    expect(copied).toMatch(new RegExp(`^.+\\. \\(\\d{4}\\)\\. .+ \\[.+\\]\\. Carrefour des pratiques\\. Consulté le ${today}, à ${site.url}${path}$`));
  });
});
