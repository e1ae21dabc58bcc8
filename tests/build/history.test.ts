import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { contentSlugs, readPage, root } from './site';
import { localDay } from '../../src/lib/history';
import { readCmsSettings } from '../../cms/settings';

/** This repository's own record of a content file: `[hash, Québec day]` of each commit that touched it, newest first. */
function commitsOf(file: string): [string, string][] {
  const result = spawnSync('git', ['log', '--format=%H %aI', '--', file], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string])
    .map(([hash, instant]) => [hash, localDay(instant)]);
}

/** Returns the « Historique » section of a built page, or fails when the page has none. */
function historyOf(path: string): string {
  const html = readPage(path).replace(/ data-astro-cid-\w+/g, '');
  const section = /<details class="history[^"]*"[^>]*data-history[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1];
  expect(section, `${path} n’a pas de section « Historique »`).toBeDefined();
  return section!;
}

const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== 'false';
const entries = [
  ...contentSlugs('fiches', 'mdx').map((slug) => ({ file: `content/fiches/${slug}.mdx`, path: `/pratiques/${slug}/` })),
  ...contentSlugs('outils', 'mdx').map((slug) => ({ file: `content/outils/${slug}.mdx`, path: `/outils/${slug}/` })),
  ...contentSlugs('modeles', 'mdx').map((slug) => ({ file: `content/modeles/${slug}.mdx`, path: `/modeles/${slug}/` })),
];

describe.skipIf(shallow)('« Historique » of each entry, from this repository’s Git history', () => {
  test.each(entries)('$path lists the newest changes of $file (at most 10, older ones counted) or says it has none', ({ file, path }) => {
    const commits = commitsOf(file);
    const section = historyOf(path);
    expect(section).toContain('<summary>Historique</summary>');
    if (commits.length === 0) {
      // A file not committed yet (a helper's new sample, a local edit): the front matter's dates, honestly.
      expect(section).toContain('Historique non disponible.');
      expect(section).toMatch(/Publiée? le/);
      return;
    }
    const shown = [...section.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">[^<]+<\/time>\s*:\s*<a href="([^"]+)"/g)].map(([, day, href]) => [day, href]);
    const repo = `https://github.com/${readCmsSettings().repo}`;
    expect(shown).toEqual(commits.slice(0, 10).map(([hash, day]) => [day, `${repo}/commit/${hash}`]));
    const older = commits.length - 10;
    if (older > 0) expect(section).toContain(`et ${older} modification(s) plus ancienne(s).`);
    else expect(section).not.toContain('modification(s) plus ancienne(s)');
  });

  test('a commit written by a developer shows its subject; the page never shows an author', () => {
    const [file] = entries;
    const section = historyOf(file!.path);
    const [hash] = commitsOf(file!.file)[0]!;
    const subject = spawnSync('git', ['log', '-1', '--format=%s', hash], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const author = spawnSync('git', ['log', '-1', '--format=%an', hash], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const escaped = subject.slice(0, 40).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(section.replace(/\u202f|\u00a0/g, ' ')).toContain(escaped.replace(/\u202f|\u00a0/g, ' '));
    expect(section).not.toContain(author);
    // Developers write subjects in English (the project's rule): marked so, for screen readers.
    expect(section).toMatch(/<a href="[^"]+" lang="en">/);
  });
});
