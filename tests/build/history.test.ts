import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { contentSlugs, readPage, root } from './site';

/** Returns the « Historique » section of a built page, or fails when the page has none. */
function historyOf(path: string): string {
  const html = readPage(path).replace(/ data-astro-cid-\w+/g, '');
  const section = /<details class="history[^"]*"[^>]*data-history[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1];
  expect(section, `${path} n’a pas de section « Historique »`).toBeDefined();
  return section!;
}

/** The lines a section shows: day, words and organization, as a visitor reads them. */
function linesOf(section: string): { date: string; text: string }[] {
  return [...section.matchAll(/<li data-change="\w+">\s*<time datetime="(\d{4}-\d{2}-\d{2})">[^<]+<\/time>([^<]*)<\/li>/g)].map(([, date, text]) => ({
    date: date!,
    text: text!.replace(/\s+/g, ' ').trim(),
  }));
}

/** Returns a file's front matter. */
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content', file), 'utf8'))![1]!) as Record<string, unknown>;
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

type Recorded = { date: string | Date; change: 'creation' | 'modification' | 'revision'; organization?: string }[];
const recorded = parse(readFileSync(join(root, 'content', 'historique.yml'), 'utf8')) as Record<string, Recorded>;
const organizationName = (slug: string) => (parse(readFileSync(join(root, 'content', 'organismes', `${slug}.yml`), 'utf8')) as { name: string }).name;
const words = { creation: 'Création', modification: 'Modification', revision: 'Révision' };

const entries = [
  ...contentSlugs('fiches', 'mdx').map((slug) => ({ file: `fiches/${slug}.mdx`, path: `/pratiques/${slug}/` })),
  ...contentSlugs('outils', 'mdx').map((slug) => ({ file: `outils/${slug}.mdx`, path: `/outils/${slug}/` })),
  ...contentSlugs('modeles', 'mdx').map((slug) => ({ file: `modeles/${slug}.mdx`, path: `/modeles/${slug}/` })),
];

describe('« Historique » of each entry, in the network’s words', () => {
  test.each(entries)('$path shows content changes only, as the history file records them, in agreement with its dates', ({ file, path }) => {
    const section = historyOf(path);
    // Never a commit's message, a link to a commit or an English line.
    expect(section).not.toMatch(/<a |lang="en"|github/i);
    const lines = linesOf(section);
    expect(lines.length, `${path} : aucune ligne d’historique`).toBeGreaterThan(0);
    for (const { text } of lines) expect(text).toMatch(/^: (Création|Modification|Révision)( par .+)?$/);
    const changes = recorded[file];
    expect(changes, `${file} n’est pas dans content/historique.yml`).toBeDefined();
    const expected = [...changes!]
      .sort((a, b) => day(b.date).localeCompare(day(a.date)))
      .map(({ date, change, organization }) => ({ date: day(date), text: `: ${words[change]}${organization ? ` par ${organizationName(organization)}` : ''}` }));
    expect(lines.map((line) => ({ ...line, text: line.text.replace(/[\u00a0\u202f]/g, ' ') }))).toEqual(expected.slice(0, 10));
    // The creation is the publication day, the newest revision the « Dernière révision ».
    const data = frontMatter(file);
    expect(lines.at(-1)?.date, 'création').toBe(day(data.published));
    expect(lines.at(-1)?.text, 'création').toMatch(/^: Création/);
    expect(lines.find((line) => line.text.startsWith(': Révision'))?.date, 'dernière révision').toBe(day(data.reviewed));
  });

  test('an organization is named where the file knows it', () => {
    expect(entries.some(({ path }) => / par /.test(historyOf(path)))).toBe(true);
  });
});
