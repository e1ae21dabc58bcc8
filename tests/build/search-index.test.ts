import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFragments } from '../../src/integrations/search-index';
import { gluedLabels, gluedWords, labelsIn } from '../../src/lib/index-check';
import { listFiles, readPage, root, siteDir } from './site';

/** What the search index keeps of each page of the sample library: the text its excerpts are cut from. */
let fragments: { url: string; content: string }[];
const contentOf = (url: string) => fragments.find((fragment) => fragment.url === url)!.content;
const openData = JSON.parse(readFileSync(join(siteDir, 'donnees', 'bibliotheque.json'), 'utf8')) as {
  sheets: { url: string; title: string; summary: string }[];
  organizations: { url: string; name: string; mission: string }[];
};

beforeAll(async () => {
  fragments = await readFragments(join(siteDir, 'pagefind'));
});

describe('the text of the search index', () => {
  test('has every entry, organization and page', () => {
    expect(fragments.length).toBeGreaterThanOrEqual(36);
  });

  test('has no label glued to a value, nor any word glued to a number', () => {
    const labels = listFiles(siteDir)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => labelsIn(readFileSync(file, 'utf8')));
    expect(labels).toEqual(expect.arrayContaining(['Téléphone', 'Site Web', 'Publics']));
    const glued = fragments.flatMap(({ url, content }) => [...gluedLabels(content, labels), ...gluedWords(content)].map((place) => `${url} : ${place}`));
    expect(glued).toEqual([]);
  });

  test('keeps of a sheet its title, summary and body only: no « En bref » facts, tags or contact', () => {
    const sheet = openData.sheets.find((one) => one.url.endsWith('/pratiques/cafes-parents-ados/'))!;
    const content = contentOf('/pratiques/cafes-parents-ados/');
    expect(content.startsWith(`${sheet.title.replace(/’/g, "'")}. ${sheet.summary.replace(/’/g, "'")} Contexte et besoins.`)).toBe(true);
    for (const label of ['Fiche de pratique', 'Parents et familles', 'Pratique documentée (2 sur 4)', 'environ', 'Publiée le', 'Pour citer']) expect(content).not.toContain(label);
    for (const sheetUrl of openData.sheets.map((one) => new URL(one.url).pathname)) expect(contentOf(sheetUrl)).not.toMatch(/^Fiche de pratique/);
  });

  test('keeps of an organization its name, place and mission, without its contact labels', () => {
    const org = openData.organizations.find((one) => one.url.endsWith('/organismes/cap-reussite-rimouski/'))!;
    const content = contentOf('/organismes/cap-reussite-rimouski/');
    expect(content).toContain(org.mission.replace(/’/g, "'"));
    for (const label of ['Courriel', 'Téléphone', 'Site Web', 'Membre depuis', '418 555']) expect(content).not.toContain(label);
  });

  test('the sheets’ pages still carry the metadata and filters the result cards need', () => {
    const html = readPage('/pratiques/cafes-parents-ados/');
    expect(html).toMatch(/data-pagefind-meta="resume:Des soirées/);
    expect(html).toContain('data-pagefind-filter="theme:collaboration-ecole-famille"');
    expect(html).toContain('data-pagefind-sort="date:');
  });
});

describe('the search’s synonyms', () => {
  test('are published as JSON for the search page, from the committee’s file', () => {
    const file = parse(readFileSync(join(root, 'content', 'recherche', 'synonymes.yml'), 'utf8')) as { synonyms: { words: string[] }[] };
    expect(JSON.parse(readPage('/recherche/synonymes.json'))).toEqual(file.synonyms.map((group) => group.words));
  });
});
