import { describe, expect, test } from 'vitest';
import { commitsByFile, entryHistory, localDay, parseGitLog, summarizeSubject, type HistorySource } from '../../src/lib/history';

/** Returns `git log --format=%x1e%H%x1f%aI%x1f%s --name-only` output for the given commits. */
function gitLog(commits: { hash: string; instant: string; subject: string; files: string[] }[]): string {
  return commits.map(({ hash, instant, subject, files }) => `\x1e${hash}\x1f${instant}\x1f${subject}\n\n${files.join('\n')}\n`).join('');
}

const log = gitLog([
  { hash: 'c3', instant: '2026-12-02T03:10:00+00:00', subject: 'Modification (Fiche de pratique) : mentorat', files: ['fiches/mentorat.mdx'] },
  { hash: 'm2', instant: '2026-11-30T12:00:00-05:00', subject: 'Merge pull request #4 from cms/fiches/mentorat', files: [] },
  { hash: 'c1', instant: '2026-11-29T18:00:00+01:00', subject: 'Sample sheets: first batch', files: ['fiches/mentorat.mdx', 'outils/grille.mdx'] },
]);

describe('parseGitLog', () => {
  test('returns each commit with its Québec day, subject and files, newest first', () => {
    expect(parseGitLog(log)).toEqual([
      { hash: 'c3', date: '2026-12-01', subject: 'Modification (Fiche de pratique) : mentorat', files: ['fiches/mentorat.mdx'] },
      { hash: 'm2', date: '2026-11-30', subject: 'Merge pull request #4 from cms/fiches/mentorat', files: [] },
      { hash: 'c1', date: '2026-11-29', subject: 'Sample sheets: first batch', files: ['fiches/mentorat.mdx', 'outils/grille.mdx'] },
    ]);
  });

  test('returns nothing for an empty log and skips a record it cannot read', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(parseGitLog('\x1enot a commit\n\nfiches/x.mdx\n')).toEqual([]);
  });

  test('keeps a subject that contains the field separator’s neighbours (colons, quotes, pipes)', () => {
    const [commit] = parseGitLog(gitLog([{ hash: 'a', instant: '2026-01-05T10:00:00Z', subject: 'Fix: « x » | y', files: ['fiches/x.mdx'] }]));
    expect(commit?.subject).toBe('Fix: « x » | y');
  });
});

describe('localDay', () => {
  test('returns the day in Québec, not in UTC', () => {
    expect(localDay('2026-07-01T02:30:00Z')).toBe('2026-06-30');
    expect(localDay('2026-07-01T12:00:00Z')).toBe('2026-07-01');
  });
});

describe('summarizeSubject', () => {
  test('turns the CMS’s subjects, French and Decap’s English defaults, into what they say', () => {
    expect(summarizeSubject('Nouveau contenu (Fiche de pratique) : mentorat')).toEqual({ summary: 'Création', fromCms: true });
    expect(summarizeSubject('Modification (Outil) : grille')).toEqual({ summary: 'Modification', fromCms: true });
    expect(summarizeSubject('Create Fiches “mentorat”')).toEqual({ summary: 'Création', fromCms: true });
    expect(summarizeSubject('Update Fiches “mentorat”')).toEqual({ summary: 'Modification', fromCms: true });
  });

  test('keeps a developer’s subject as written, shortened past 140 characters', () => {
    expect(summarizeSubject('Sample sheets: first batch')).toEqual({ summary: 'Sample sheets: first batch', fromCms: false });
    const long = summarizeSubject(`Update the sheet ${'x'.repeat(200)}`).summary;
    expect(long).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('entryHistory', () => {
  const source: HistorySource = { byFile: commitsByFile(parseGitLog(log)), repoUrl: 'https://github.com/rocqld/carrefour' };

  test('returns a file’s changes newest first, merges left out, each linked to its commit', () => {
    expect(entryHistory(source, 'fiches/mentorat.mdx')).toEqual({
      available: true,
      lines: [
        { date: '2026-12-01', summary: 'Modification', fromCms: true, url: 'https://github.com/rocqld/carrefour/commit/c3' },
        { date: '2026-11-29', summary: 'Sample sheets: first batch', fromCms: false, url: 'https://github.com/rocqld/carrefour/commit/c1' },
      ],
      older: 0,
    });
  });

  test('lists at most `size` changes and counts the older ones', () => {
    const many = gitLog(
      Array.from({ length: 13 }, (_, i) => ({ hash: `h${i}`, instant: `2026-01-${String(20 - i).padStart(2, '0')}T12:00:00Z`, subject: `Change ${i}`, files: ['fiches/a.mdx'] })),
    );
    const history = entryHistory({ byFile: commitsByFile(parseGitLog(many)) }, 'fiches/a.mdx', 10);
    expect(history.available && history.lines.map((line) => line.summary)).toEqual(Array.from({ length: 10 }, (_, i) => `Change ${i}`));
    expect(history.available && history.older).toBe(3);
    expect(history.available && history.lines[0]).not.toHaveProperty('url');
  });

  test('says why there is no history: no Git at build, or a file not committed yet', () => {
    expect(entryHistory({}, 'fiches/mentorat.mdx')).toEqual({ available: false, reason: 'no-git' });
    expect(entryHistory(source, 'fiches/nouvelle.mdx')).toEqual({ available: false, reason: 'no-commit' });
  });
});
