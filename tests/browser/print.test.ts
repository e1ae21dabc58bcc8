import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { contentSlugs, root } from '../build/site';
import { site } from '../../src/config';

const browser = useBrowser();
const printDir = join(root, 'test-results', 'print');

/**
 * Returns the text of a PDF, read by poppler's pdftotext (Debian package poppler-utils) in drawing order:
 * its default reading mode would join an address the printer broke after a hyphen, dropping the hyphen.
 */
function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error(`pdftotext est introuvable : installez-le (Debian : « apt-get install poppler-utils »). ${result.error.message}`);
  if (result.status !== 0) throw new Error(`pdftotext a échoué : ${result.stderr}`);
  return result.stdout;
}

/** Returns the number of pages of a PDF, read by poppler's pdfinfo (Debian package poppler-utils). */
function pdfPages(file: string): number {
  const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (result.error) throw new Error(`pdfinfo est introuvable : installez-le (Debian : « apt-get install poppler-utils »). ${result.error.message}`);
  const pages = /^Pages:\s+(\d+)$/m.exec(result.stdout)?.[1];
  if (!pages) throw new Error(`pdfinfo n’a pas donné le nombre de pages de ${file} : ${result.stderr}`);
  return Number(pages);
}

/** Removes all white space, so an address the printer broke across lines still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Prints the page at `path` on Letter paper into test-results/print/; returns the PDF's file name. */
async function printToPdf(path: string): Promise<string> {
  const page = await browser.open(path);
  await page.emulateMedia({ media: 'print' });
  mkdirSync(printDir, { recursive: true });
  const file = join(printDir, `${path.split('/').filter(Boolean).join('-')}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'Letter' }));
  return file;
}

describe.each([
  { page: '/pratiques/table-locale-perseverance/', kind: 'a sheet' },
  { page: '/outils/guide-animation-cafes-parents/', kind: 'a tool' },
])('$kind on paper ($page)', ({ page: path }) => {
  test('prints its « En bref » box, compact, and the full address of every file and body link, without the site’s navigation', async () => {
    const page = await browser.open(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.skip-link', '.site-header', 'nav', '[role="search"]', '.site-footer', '.no-print', '.entry-actions', 'button']) {
      expect(await page.locator(chrome).evaluateAll((elements) => elements.some((element) => element.checkVisibility())), chrome).toBe(false);
    }
    // « En bref » (but its files) and the organization card print their links as text only: no address after them.
    const bare = 'aside.en-bref a:not([download]), .org a';
    const hrefs = await page.locator('main a[href]').evaluateAll(
      (links, bare) =>
        links
          .filter((link) => link.checkVisibility() && !link.matches(bare))
          .map((link) => link.getAttribute('href')!)
          .filter((href) => /^(https?:|\/)/.test(href)),
      bare,
    );
    const bareAddresses = await page
      .locator(bare)
      .evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content).filter((content) => content.includes('<')));
    expect(bareAddresses).toEqual([]);
    const files = await page.locator('main a[download]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(files.length).toBeGreaterThan(0);

    mkdirSync(printDir, { recursive: true });
    const file = join(printDir, `${path.split('/').filter(Boolean).join('-')}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'Letter' }));
    const text = pdfText(file);

    expect(text).toContain('En bref');
    const printed = squeeze(text);
    expect(printed).toContain(squeeze((await page.locator('h1').textContent())!));
    const missing = hrefs.map((href) => `<${href.startsWith('/') ? site.url + href : href}>`).filter((address) => !printed.includes(squeeze(address)));
    expect(missing).toEqual([]);
    for (const address of files) expect(printed).toContain(`<${site.url}${address}>`);
    for (const chrome of [
      'Aller au contenu',
      'Plan du site (XML)',
      'Données ouvertes (JSON)',
      'Proposer une modification',
      'Contenus apparentés',
      'Copier le lien',
      'Lien vers ce',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('sheets on Letter paper', () => {
  test('every sample sheet prints on at most 2 pages, the longest one included', async () => {
    const sheets: { path: string; pages: number; words: number }[] = [];
    for (const slug of contentSlugs('fiches', 'mdx')) {
      const path = `/pratiques/${slug}/`;
      const file = await printToPdf(path);
      sheets.push({ path, pages: pdfPages(file), words: pdfText(file).split(/\s+/).length });
    }
    sheets.sort((a, b) => a.pages - b.pages || a.words - b.words);
    const typical = sheets[Math.floor((sheets.length - 1) / 2)]!;
    const longest = sheets.at(-1)!;
    writeFileSync(join(printDir, 'pages.txt'), sheets.map(({ path, pages, words }) => `${pages}\t${words}\t${path}`).join('\n') + '\n');
    expect(sheets.length).toBeGreaterThanOrEqual(10);
    expect(typical.pages, `fiche typique : ${typical.path}`).toBeLessThanOrEqual(2);
    expect(longest.pages, `fiche la plus longue : ${longest.path}`).toBeLessThanOrEqual(2);
  });
});
