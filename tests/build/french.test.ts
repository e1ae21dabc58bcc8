import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { listFiles, readPage, root, siteDir } from './site';

/** Every built page, with the text a reader sees: scripts, styles and code left out, tags and entities undone. */
const pages = listFiles(siteDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    page: file.slice(siteDir.length),
    text: readFileSync(file, 'utf8')
      .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
      // Code is shown as written: it stands for a word here, so the punctuation around it is still checked.
      .replace(/<(pre|code|kbd|samp)\b[\s\S]*?<\/\1>/gi, 'CODE')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;|&#160;/g, '\u00a0')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  }));

/** Returns each page's matches of `pattern`, with a little context, for a readable failure. */
function found(pattern: RegExp): string[] {
  return pages.flatMap(({ page, text }) =>
    [...text.matchAll(pattern)].map((match) => `${page} : « ${text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 20).replace(/\s+/g, ' ')} »`),
  );
}

const regions = (parse(readFileSync(join(root, 'content', 'taxonomies', 'regions.yml'), 'utf8')) as { regions: { name: string }[] }).regions;

describe('French on every built page', () => {
  test('the build has pages to read', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  test('no article after « à » or « de » that French contracts: « au Pont », never « à Le Pont »', () => {
    expect(found(/(?<!\p{L})(à|de) (Le|Les) \p{Lu}/gu)).toEqual([]);
  });

  test('the question of an organization named with its article offers to write to it as French says it', () => {
    const text = pages.find(({ page }) => page === '/appels/rejoindre-les-parents-absents/index.html')!.text.replace(/\s+/g, ' ');
    expect(text).toContain('Écrire au Pont (');
    expect(text).toContain('Écrivez directement au Pont :');
  });

  test('no space before a comma', () => {
    expect(found(/\p{L}[^\S\n]+,/gu)).toEqual([]);
  });

  test('no space before « ; », as most of the library writes it', () => {
    expect(found(/\S[\s\u00a0\u202f]+;/g)).toEqual([]);
  });

  test('region names keep their en dash (Saguenay–Lac-Saint-Jean), never a hyphen in its place', () => {
    const dashed = regions.filter(({ name }) => name.includes('–'));
    expect(dashed.length).toBeGreaterThan(0);
    for (const { name } of dashed) expect(found(new RegExp(name.replaceAll('–', '[-—‑] ?').replaceAll(' ?', '\\s?'), 'g')), name).toEqual([]);
    expect(readPage('/regions/').includes('Saguenay–Lac-Saint-Jean')).toBe(true);
  });
});
