import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { root } from '../build/site';
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

/** Removes all white space, so an address the printer broke across lines still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.each([
  { page: '/pratiques/table-locale-perseverance/', kind: 'a sheet' },
  { page: '/outils/guide-animation-cafes-parents/', kind: 'a tool' },
])('$kind on paper ($page)', ({ page: path }) => {
  test('prints its « En bref » box and the full address of every file and link, without the site’s navigation', async () => {
    const page = await browser.open(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.skip-link', '.site-header', 'nav.breadcrumbs', '.site-footer', '.no-print']) {
      expect(await page.locator(chrome).evaluateAll((elements) => elements.some((element) => element.checkVisibility())), chrome).toBe(false);
    }
    const hrefs = await page.locator('main a[href]').evaluateAll((links) =>
      links
        .filter((link) => link.checkVisibility())
        .map((link) => link.getAttribute('href')!)
        .filter((href) => /^(https?:|\/)/.test(href)),
    );
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
    for (const chrome of ['Aller au contenu', 'Plan du site (XML)', 'Données ouvertes (JSON)', 'Proposer une modification', 'Contenus apparentés']) {
      expect(text).not.toContain(chrome);
    }
  });
});
