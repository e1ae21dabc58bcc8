// Issue 24, « Ma trousse and paper » and « Phone »: the printed kit keeps each entry's facts, printed addresses
// break between words, and a 390 px phone shows every menu link, the whole region map, and an entry's contact
// and files within its first screen and a half. Figures are logged for the closing note.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { horizontalOverflow } from './layout-checks';
import { contentSlugs, root } from '../build/site';
import { site } from '../../src/config';

const browser = useBrowser();
const printDir = join(root, 'test-results', 'print');
const screens = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

/** Runs a poppler tool (Debian package poppler-utils) and returns what it printed. */
function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${tool} est introuvable : installez poppler-utils. ${result.error.message}`);
  return result.stdout;
}

/** Prints the open page on Letter paper; returns the PDF's text (in drawing order, lines kept) and its page count. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  mkdirSync(printDir, { recursive: true });
  const file = join(printDir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'Letter' }));
  return { text: poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']), pages: Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [file]))?.[1]) };
}

const kitEntries = ['pratiques/table-locale-perseverance', 'outils/guide-animation-cafes-parents', 'pratiques/mentorat-entre-pairs'];

describe.each(screens)('the printed kit, from a $name', ({ name, viewport }) => {
  test('keeps each entry’s organization and evidence level, counts « 3 contenus », and has no doubled punctuation', async () => {
    const page = await browser.open(`/trousse/?e=${kitEntries.join(',')}`, { viewport });
    // What each entry's own page says of its organization and evidence level.
    const expected: { title: string; organization: string; evidence: string | null }[] = [];
    const entryPage = await browser.open(`/${kitEntries[0]}/`, { viewport });
    for (const ref of kitEntries) {
      await entryPage.goto(`${browser.baseUrl}/${ref}/`);
      expected.push(
        await entryPage.evaluate(() => ({
          title: document.querySelector('article h1')!.textContent.trim(),
          organization: document.querySelector('aside.en-bref a[href^="/organismes/"]')!.textContent.trim(),
          evidence: document.querySelector('aside.en-bref a[href^="/echelle-des-preuves/"]')?.textContent?.trim() ?? null,
        })),
      );
    }
    expect(expected.filter((entry) => entry.evidence).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Ajouter à ma trousse' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-kit-print-view] article').length === 3);
    const { text, pages } = await printed(page, `trousse-3-${name}`);
    console.log(`Trousse de 3 contenus imprimée (Letter, ${name}) : ${pages} pages`);
    expect(text).toContain('Ma trousse, 3 contenus');
    expect(text).not.toContain('contenu(s)');
    expect(pages, 'une trousse de 3 contenus tient sur 2 pages Letter').toBeLessThanOrEqual(2);

    const articles = await page.locator('[data-kit-print-view] article').allInnerTexts();
    for (const [index, entry] of expected.entries()) {
      const article = articles[index]!;
      expect(article).toContain(entry.title);
      // The organization's name, not only its contacts; the level's name, not only what backs it.
      expect(article, entry.title).toMatch(new RegExp(`Organisme\\s+${entry.organization}`));
      if (entry.evidence) expect(article, entry.title).toMatch(new RegExp(`Niveau de preuve\\s+${entry.evidence}`));
    }
    const squeezed = text.replace(/\s+/g, ' ');
    expect(squeezed.match(/[.!?;:,] ?,|,,/g), 'ponctuation doublée').toBeNull();
  });
});

/** Returns the addresses printed after links in the sheet's « Pour en savoir plus » section. */
function furtherAddresses(page: Page): Promise<string[]> {
  return page.evaluate((siteUrl) => {
    const heading = [...document.querySelectorAll('.prose h2')].find((h2) => h2.textContent?.trim() === 'Pour en savoir plus');
    const links: string[] = [];
    for (let node = heading?.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
      for (const link of node.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (/^https?:/.test(href)) links.push(href);
        else if (href.startsWith('/')) links.push(siteUrl + href);
      }
    }
    return links;
  }, site.url);
}

describe.each(screens)('« Pour en savoir plus » on paper, from a $name', ({ name, viewport }) => {
  test('breaks a printed address only after a slash or a hyphen, never inside a word', async () => {
    const broken: string[] = [];
    let lineBreaks = 0;
    for (const path of ['/pratiques/table-locale-perseverance/', '/pratiques/mentorat-entre-pairs/']) {
      const page = await browser.open(path, { viewport });
      const addresses = await furtherAddresses(page);
      expect(addresses.length, path).toBeGreaterThan(0);
      const { text } = await printed(page, `savoir-plus-${name}-${path.split('/').at(-2)}`);
      for (const address of addresses) {
        // The address as printed, wherever the printer broke its line.
        const pattern = new RegExp(`<${[...address].map((char) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*')}>`);
        const match = pattern.exec(text);
        expect(match, `${address} imprimée dans ${path}`).not.toBeNull();
        for (const breakAt of match![0].matchAll(/\s+/g)) {
          lineBreaks++;
          const before = match![0][breakAt.index - 1]!;
          if (!['/', '-', '<'].includes(before)) broken.push(`${path} : ${match![0].replace(/\s+/g, '⏎')}`);
        }
      }
    }
    expect(lineBreaks, 'aucune adresse coupée : le test ne vérifierait rien').toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});

describe.each(screens)('the main menu on a $name', ({ name, viewport }) => {
  test('shows every section, none hidden in a strip that scrolls sideways', async () => {
    for (const path of ['/', '/pratiques/mentorat-entre-pairs/']) {
      const page = await browser.open(path, { viewport });
      const links = await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link')
        .evaluateAll((elements) =>
          elements.map((link) => {
            const rect = link.getBoundingClientRect();
            const atCentre = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
            let scrolls = false;
            for (let box = link.parentElement; box; box = box.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) scrolls = true;
            return {
              text: link.textContent.trim(),
              onScreen: rect.left >= 0 && rect.right <= innerWidth && rect.height >= 24 && !!atCentre && link.contains(atCentre),
              scrolls,
            };
          }),
        );
      expect(links.map((link) => link.text)).toEqual(expect.arrayContaining(['La communauté', 'Proposer', 'Contribuer']));
      expect(links.filter((link) => !link.onScreen || link.scrolls).map((link) => link.text)).toEqual([]);
      const header = Math.round((await page.locator('.site-header').boundingBox())!.height);
      console.log(`En-tête (${name}, ${path}) : ${header} px`);
      if (name === 'phone') expect(header).toBeLessThanOrEqual(120);
    }
  });

  test('leads to « Proposer », the forms that need no account, in one tap or click', async () => {
    const page = await browser.open('/pratiques/mentorat-entre-pairs/', { viewport });
    const link = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Proposer', exact: true });
    await link.click();
    await page.waitForURL((url) => url.pathname === '/proposer/');
    expect(await link.getAttribute('aria-current')).toBe('page');
  });
});

describe.each(screens)('the region map on a $name', ({ name, viewport }) => {
  test('shows all 17 regions within the screen’s width, the eastern ones included, each named', async () => {
    const page = await browser.open('/regions/', { viewport });
    const tiles = await page.locator('.region-map svg a').evaluateAll((links) =>
      links.map((link) => {
        const rect = link.getBoundingClientRect();
        const code = [...link.querySelectorAll('text')].find((text) => text.checkVisibility())!;
        return { href: link.getAttribute('href')!, left: rect.left, right: rect.right, code: code.textContent, codeHeight: code.getBoundingClientRect().height };
      }),
    );
    expect(tiles).toHaveLength(17);
    const width = viewport.width;
    expect(tiles.filter((tile) => tile.left < 0 || tile.right > width).map((tile) => tile.href)).toEqual([]);
    // Each tile's code stays readable: at least 12 px tall.
    expect(tiles.filter((tile) => tile.codeHeight < 12).map((tile) => tile.code)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, culprits: [] });
    const list = page.locator('.region-list a');
    if (name === 'phone') {
      // The tiles give codes only: the list after the map names every region, with the same links.
      const named = await list.evaluateAll((links) => links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href')));
      expect(named.sort()).toEqual(tiles.map((tile) => tile.href).sort());
      for (const region of ['Bas-Saint-Laurent', 'Gaspésie–Îles-de-la-Madeleine', 'Côte-Nord', 'Saguenay–Lac-Saint-Jean', 'Capitale-Nationale', 'Estrie']) {
        await expect(
          page
            .locator('.region-list')
            .getByRole('link', { name: new RegExp(region) })
            .isVisible(),
        ).resolves.toBe(true);
      }
    } else {
      expect(await list.first().isVisible()).toBe(false);
      await expect(page.locator('.region-map svg .name').first().isVisible()).resolves.toBe(true);
    }
  });
});

describe.each(screens)('« En bref » on a $name', ({ name, viewport }) => {
  test('puts the organization’s contact and the files within the first screen and a half', async () => {
    const limit = viewport.height * 1.5;
    const late: string[] = [];
    const figures: Record<string, { email: number; file?: number }> = {};
    const page = await browser.open('/', { viewport });
    for (const path of [...contentSlugs('fiches', 'mdx').map((slug) => `/pratiques/${slug}/`), ...contentSlugs('outils', 'mdx').map((slug) => `/outils/${slug}/`)]) {
      await page.goto(`${browser.baseUrl}${path}`);
      const bottoms = await page.evaluate(() => {
        const bottom = (selector: string) => {
          const element = document.querySelector(`aside.en-bref ${selector}`);
          return element ? Math.round(element.getBoundingClientRect().bottom + scrollY) : undefined;
        };
        return { email: bottom('a[href^="mailto:"]'), file: bottom('a[download]') };
      });
      if (bottoms.email === undefined) continue;
      figures[path] = { email: bottoms.email, ...(bottoms.file === undefined ? {} : { file: bottoms.file }) };
      if (bottoms.email > limit) late.push(`${path} courriel à ${bottoms.email} px`);
      if (bottoms.file !== undefined && bottoms.file > limit) late.push(`${path} fichier à ${bottoms.file} px`);
    }
    console.log(`« En bref » (${name}, limite ${limit} px) :`, figures);
    expect(Object.keys(figures).length).toBeGreaterThanOrEqual(10);
    expect(Object.values(figures).some((figure) => figure.file !== undefined)).toBe(true);
    expect(late).toEqual([]);
  });
});
