/**
 * « Historique » of an entry, read from Git at build time: one `git log` over the whole content folder
 * (src/data/history.ts runs it), parsed here into each file's commits, newest first.
 */

/** One commit as `git log` printed it, with the content files it touched (relative to the content folder). */
export interface Commit {
  hash: string;
  /** Day of the change in Québec (America/Toronto), `AAAA-MM-JJ`. */
  date: string;
  subject: string;
  files: string[];
}

/** What the build knows of the content folder's history: each file's commits, or nothing (no Git, shallow clone). */
export interface HistorySource {
  byFile?: ReadonlyMap<string, readonly Commit[]>;
  /** Web address of the repository, for links to each commit (`https://github.com/owner/name`). */
  repoUrl?: string;
}

/** One line of an entry's history, as its page shows it. */
interface HistoryLine {
  date: string;
  summary: string;
  /** Whether the summary is the CMS's, in French; otherwise a developer's subject, in English by the project's rule. */
  fromCms: boolean;
  url?: string;
}

/** An entry's history: its newest changes and how many older ones, or why there is none. */
export type EntryHistory = { available: true; lines: HistoryLine[]; older: number } | { available: false; reason: 'no-git' | 'no-commit' };

/** The `--format` of `git log` that `parseGitLog` reads: a record separator, then hash, author date and subject. */
export const gitLogFormat = '%x1e%H%x1f%aI%x1f%s';

/** How many changes a page lists; older ones are counted. */
const HISTORY_SIZE = 10;

/** Longest subject shown, in characters; a longer one ends with « … ». */
const SUBJECT_LENGTH = 140;

const torontoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Returns the day, in Québec, of an ISO 8601 instant (`2026-12-02T03:10:00+00:00` → `2026-12-01`). */
export function localDay(isoInstant: string): string {
  return torontoDay.format(new Date(isoInstant));
}

/** Returns the commits of `git log --format=<gitLogFormat> --name-only` output, in its order (newest first). */
export function parseGitLog(output: string): Commit[] {
  return output
    .split('\x1e')
    .filter((record) => record.trim() !== '')
    .flatMap((record) => {
      const [header = '', ...rest] = record.split('\n');
      const [hash, instant, subject] = header.split('\x1f');
      if (!hash || !instant || subject === undefined || Number.isNaN(Date.parse(instant))) return [];
      const files = rest.map((line) => line.trim()).filter(Boolean);
      return [{ hash, date: localDay(instant), subject, files }];
    });
}

/** Returns each file's commits, newest first (merges, which list no file, touch none). */
export function commitsByFile(commits: readonly Commit[]): Map<string, Commit[]> {
  const byFile = new Map<string, Commit[]>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const list = byFile.get(file);
      if (list) list.push(commit);
      else byFile.set(file, [commit]);
    }
  }
  return byFile;
}

/**
 * Subjects the CMS writes: this project's French messages (cms/config/index.ts) and Decap's English
 * defaults. Each becomes what it honestly says in French; any other subject is shown as written.
 */
const cmsSubjects: readonly [RegExp, string][] = [
  [/^Nouveau contenu \(.+\) : \S+$/, 'Création'],
  [/^Modification \(.+\) : \S+$/, 'Modification'],
  [/^Create .+ “.+”$/, 'Création'],
  [/^Update .+ “.+”$/, 'Modification'],
];

/** Returns the French summary of a CMS subject, or the subject itself (shortened past 140 characters). */
export function summarizeSubject(subject: string): { summary: string; fromCms: boolean } {
  const cms = cmsSubjects.find(([pattern]) => pattern.test(subject));
  if (cms) return { summary: cms[1], fromCms: true };
  const text = subject.trim();
  return { summary: text.length > SUBJECT_LENGTH ? `${text.slice(0, SUBJECT_LENGTH - 1).trimEnd()}…` : text, fromCms: false };
}

/** Returns the history a page shows of a file: its newest `size` changes and the count of older ones. */
export function entryHistory(source: HistorySource, file: string, size = HISTORY_SIZE): EntryHistory {
  if (!source.byFile) return { available: false, reason: 'no-git' };
  const commits = source.byFile.get(file) ?? [];
  if (commits.length === 0) return { available: false, reason: 'no-commit' };
  const lines = commits.slice(0, size).map(({ hash, date, subject }) => ({
    date,
    ...summarizeSubject(subject),
    ...(source.repoUrl ? { url: `${source.repoUrl}/commit/${hash}` } : {}),
  }));
  return { available: true, lines, older: commits.length - lines.length };
}
