import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitsByFile, entryHistory, localDay, parseGitLog, type HistorySource } from '../../src/lib/history';
import { checkHistoryFile } from '../../src/lib/validation/history-file';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';

/** Returns `git log --format=%x1e%H%x1f%aI%x1f%s -w --numstat` output for the given commits. */
function gitLog(commits: { hash: string; instant: string; subject: string; files: string[] }[]): string {
  return commits.map(({ hash, instant, subject, files }) => `\x1e${hash}\x1f${instant}\x1f${subject}\n\n${files.map((file) => `3\t1\t${file}`).join('\n')}\n`).join('');
}

const log = gitLog([
  { hash: 'c4', instant: '2026-12-03T15:00:00+00:00', subject: 'Modification (Fiche de pratique) : mentorat', files: ['fiches/mentorat.mdx'] },
  { hash: 'c3', instant: '2026-12-02T03:10:00+00:00', subject: 'Unit and build tests, size script', files: ['fiches/mentorat.mdx'] },
  { hash: 'm2', instant: '2026-11-30T12:00:00-05:00', subject: 'Merge pull request #4 from cms/fiches/mentorat', files: [] },
  { hash: 'c1', instant: '2026-11-29T18:00:00+01:00', subject: 'Sample sheets: first batch', files: ['fiches/mentorat.mdx', 'outils/grille.mdx'] },
]);

describe('parseGitLog', () => {
  test('returns each commit with its Québec day, subject and the files of its --numstat lines, newest first', () => {
    expect(parseGitLog(log).at(-1)).toEqual({ hash: 'c1', date: '2026-11-29', subject: 'Sample sheets: first batch', files: ['fiches/mentorat.mdx', 'outils/grille.mdx'] });
    expect(parseGitLog(log).map((commit) => commit.files.length)).toEqual([1, 1, 0, 2]);
  });

  test('reads a binary file’s numstat line and a --name-only line alike', () => {
    expect(parseGitLog('\x1ea\x1f2026-01-05T10:00:00Z\x1fx\n\n-\t-\tfichiers/guide.pdf\nfiches/x.mdx\n')[0]?.files).toEqual(['fichiers/guide.pdf', 'fiches/x.mdx']);
  });

  test('returns nothing for an empty log and skips a record it cannot read', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(parseGitLog('\x1enot a commit\n\nfiches/x.mdx\n')).toEqual([]);
  });
});

describe('localDay', () => {
  test('returns the day in Québec, not in UTC', () => {
    expect(localDay('2026-07-01T02:30:00Z')).toBe('2026-06-30');
    expect(localDay('2026-07-01T12:00:00Z')).toBe('2026-07-01');
  });
});

describe('entryHistory from Git', () => {
  const source: HistorySource = { byFile: commitsByFile(parseGitLog(log)) };

  test('says what each change was, never a commit’s message: the first is the creation, the review day’s is the revision', () => {
    expect(entryHistory(source, 'fiches/mentorat.mdx', { reviewed: '2026-12-01' })).toEqual({
      available: true,
      lines: [
        { date: '2026-12-03', change: 'modification' },
        { date: '2026-12-01', change: 'revision' },
        { date: '2026-11-29', change: 'creation' },
      ],
      older: 0,
    });
  });

  test('leaves out a commit that changed no text of the entry (merges, spaces only: no numstat line)', () => {
    const spacesOnly = `\x1es1\x1f2026-12-10T12:00:00Z\x1fReformat\n\n${log}`;
    const history = entryHistory({ byFile: commitsByFile(parseGitLog(spacesOnly)) }, 'fiches/mentorat.mdx');
    expect(history.available && history.lines.map((line) => line.date)).toEqual(['2026-12-03', '2026-12-01', '2026-11-29']);
  });

  test('lists one line per day and kind, at most `size`, and counts the older ones', () => {
    const many = gitLog(
      Array.from({ length: 13 }, (_, i) => ({ hash: `h${i}`, instant: `2026-01-${String(20 - i).padStart(2, '0')}T12:00:00Z`, subject: `Change ${i}`, files: ['fiches/a.mdx'] })),
    );
    const twice = gitLog([{ hash: 'x', instant: '2026-01-20T13:00:00Z', subject: 'again', files: ['fiches/a.mdx'] }]) + many;
    const history = entryHistory({ byFile: commitsByFile(parseGitLog(twice)) }, 'fiches/a.mdx', {}, 10);
    expect(history.available && history.lines).toHaveLength(10);
    expect(history.available && history.older).toBe(3);
  });

  test('explains a missing history: no Git, or no commit yet', () => {
    expect(entryHistory({}, 'fiches/a.mdx')).toEqual({ available: false, reason: 'no-git' });
    expect(entryHistory(source, 'fiches/nouvelle.mdx')).toEqual({ available: false, reason: 'no-commit' });
  });
});

describe('entryHistory from the history file', () => {
  test('prefers the recorded changes to Git for the files it lists, with the organization’s name', () => {
    const source: HistorySource = {
      byFile: commitsByFile(parseGitLog(log)),
      recorded: new Map([
        [
          'fiches/mentorat.mdx',
          [
            { date: '2022-05-10', change: 'creation', organization: 'trajectoire' },
            { date: '2025-06-20', change: 'revision', organization: 'trajectoire' },
            { date: '2023-11-02', change: 'modification' },
          ],
        ],
      ]),
    };
    expect(entryHistory(source, 'fiches/mentorat.mdx', { organizationName: (slug) => (slug === 'trajectoire' ? 'Trajectoire Jeunesse' : undefined) })).toEqual({
      available: true,
      lines: [
        { date: '2025-06-20', change: 'revision', organization: 'Trajectoire Jeunesse' },
        { date: '2023-11-02', change: 'modification' },
        { date: '2022-05-10', change: 'creation', organization: 'Trajectoire Jeunesse' },
      ],
      older: 0,
    });
    expect(entryHistory(source, 'outils/grille.mdx').available).toBe(true);
  });
});

describe('checkHistoryFile', () => {
  const context = { entries: new Set(['fiches/mentorat.mdx']), organizations: new Set(['trajectoire']) };
  const check = (text: string) => checkHistoryFile('content/historique.yml', new TextEncoder().encode(text), context);

  test('reads each entry’s changes', () => {
    const { problems, recorded } = check('fiches/mentorat.mdx:\n  - date: 2022-05-10\n    change: creation\n    organization: trajectoire\n');
    expect(problems).toEqual([]);
    expect(recorded.get('fiches/mentorat.mdx')).toEqual([{ date: '2022-05-10', change: 'creation', organization: 'trajectoire' }]);
  });

  test('names the line, the entry and the fix of an unknown entry, kind, organization or date, in French', () => {
    const text = 'fiches/absente.mdx:\n  - date: 2022-05-10\n    change: creation\nfiches/mentorat.mdx:\n  - date: 2022-13-40\n    change: creee\n    organization: inconnu\n';
    expect(check(text).problems.map(formatProblem)).toEqual([
      'content/historique.yml:1 — contenu « fiches/absente.mdx » : ce contenu n’existe pas (ou plus) dans la bibliothèque : son historique est ignoré. Correction : Corrigez le chemin s’il a été renommé, comme « fiches/mentorat-entre-pairs.mdx », sinon retirez ce bloc.',
      'content/historique.yml:5 — modification n° 1 de « fiches/mentorat.mdx » : la date manque ou n’est pas une date AAAA-MM-JJ. Correction : Écrivez le jour de la modification, par exemple « date: 2024-03-12 ».',
      'content/historique.yml:6 — modification n° 1 de « fiches/mentorat.mdx » : le genre « creee » est inconnu. Correction : Écrivez « change: creation », « change: modification » ou « change: revision ».',
      'content/historique.yml:7 — modification n° 1 de « fiches/mentorat.mdx » : l’organisme « inconnu » n’existe pas. Correction : Écrivez le nom du fichier de l’organisme dans organismes/, sans « .yml », ou retirez la ligne « organization ».',
    ]);
  });
});

describe('npm run validate and the history file', () => {
  const shipped = readLibraryFiles(join(import.meta.dirname, '..', '..'));
  const validate = (history: string) =>
    validateLibrary([...shipped.filter((file) => file.path !== 'content/historique.yml'), { path: 'content/historique.yml', bytes: new TextEncoder().encode(history) }], {
      fileSize: () => 1000,
      now: new Date('2026-06-01'),
    }).problems.filter((problem) => problem.file === 'content/historique.yml');

  test('accepts the shipped file, which names the shipped entries and organizations', () => {
    expect(shipped.some((file) => file.path === 'content/historique.yml')).toBe(true);
    expect(validate(new TextDecoder().decode(shipped.find((file) => file.path === 'content/historique.yml')!.bytes))).toEqual([]);
  });

  test('warns of an entry the library does not have (or no longer has) and refuses an unknown organization, with the line', () => {
    const problems = validate(
      'fiches/absente.mdx:\n  - date: 2022-05-10\n    change: creation\nfiches/mentorat-entre-pairs.mdx:\n  - date: 2022-05-10\n    change: creation\n    organization: inconnu\n',
    );
    // A sheet removed from the library keeps its history block: that must not stop the next publication.
    expect(problems.map((problem) => problem.severity)).toEqual(['warning', 'error']);
    const lines = problems.map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/historique\.yml:1 — contenu « fiches\/absente\.mdx »/);
    expect(lines[1]).toMatch(/^content\/historique\.yml:7 — .*l’organisme « inconnu » n’existe pas/);
  });
});
