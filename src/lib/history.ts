/**
 * « Historique » of an entry, in the network's words: each change's day, what it was (« Création »,
 * « Modification », « Révision ») and, when known, which organization made it. Never a commit's message:
 * Git's subjects are engineering notes, and the CMS writes the same few words for every edit.
 *
 * Two sources, read at build time by src/data/history.ts:
 * - the library's history file (`content/historique.yml`): changes the network recorded itself, made
 *   before the library moved to Git or on the sample library, with their organization. A file it lists
 *   takes its history from there only;
 * - Git, for every other file: the commits that changed its text (`git log -w --numstat`, so a commit that
 *   only moves spaces or touches another file is left out). The first is the creation; the one on the
 *   entry's « Dernière révision » day is its review; a commit the CMS wrote as new content is a creation.
 */

/** What a change did to an entry. */
export type ChangeKind = 'creation' | 'modification' | 'revision';

/** The words a page shows for each kind of change. */
export const changeLabels: Record<ChangeKind, string> = { creation: 'Création', modification: 'Modification', revision: 'Révision' };

/** One commit as `git log` printed it, with the content files whose text it changed (relative to the content folder). */
export interface Commit {
  hash: string;
  /** Day of the change in Québec (America/Toronto), `AAAA-MM-JJ`. */
  date: string;
  subject: string;
  files: string[];
}

/** A change the history file records: its day, its kind and the organization that made it (its slug), when known. */
export interface RecordedChange {
  date: string;
  change: ChangeKind;
  organization?: string | undefined;
}

/** What the build knows of the library's history: Git's commits by file (none without Git or in a shallow clone), and the history file's changes by file. */
export interface HistorySource {
  byFile?: ReadonlyMap<string, readonly Commit[]>;
  recorded?: ReadonlyMap<string, readonly RecordedChange[]>;
}

/** One line of an entry's history, as its page shows it. */
interface HistoryLine {
  date: string;
  change: ChangeKind;
  /** The organization's name, when known. */
  organization?: string;
}

/** An entry's history: its newest changes and how many older ones, or why there is none. */
export type EntryHistory = { available: true; lines: HistoryLine[]; older: number } | { available: false; reason: 'no-git' | 'no-commit' };

/**
 * The `--format` of `git log` that `parseGitLog` reads: a record separator, then hash, author date and subject.
 * Run with `-w --numstat --no-renames`: a file appears under a commit only when its text changed beyond spaces.
 */
export const gitLogFormat = '%x1e%H%x1f%aI%x1f%s';

/** How many changes a page lists; older ones are counted. */
const HISTORY_SIZE = 10;

const torontoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Returns the day, in Québec, of an ISO 8601 instant (`2026-12-02T03:10:00+00:00` → `2026-12-01`). */
export function localDay(isoInstant: string): string {
  return torontoDay.format(new Date(isoInstant));
}

/** Returns a file line of `git log` output: a `--numstat` line (`3\t1\tfiches/x.mdx`) gives its path, a `--name-only` line is one. */
function fileOfLine(line: string): string {
  const numstat = /^(?:\d+|-)\t(?:\d+|-)\t(.+)$/.exec(line);
  return numstat ? numstat[1]! : line;
}

/** Returns the commits of `git log --format=<gitLogFormat>` output (with `--numstat` or `--name-only`), in its order (newest first). */
export function parseGitLog(output: string): Commit[] {
  return output
    .split('\x1e')
    .filter((record) => record.trim() !== '')
    .flatMap((record) => {
      const [header = '', ...rest] = record.split('\n');
      const [hash, instant, subject] = header.split('\x1f');
      if (!hash || !instant || subject === undefined || Number.isNaN(Date.parse(instant))) return [];
      const files = rest
        .map((line) => line.trim())
        .filter(Boolean)
        .map(fileOfLine);
      return [{ hash, date: localDay(instant), subject, files }];
    });
}

/** Returns each file's commits, newest first (merges, and commits that only moved spaces, list no file and touch none). */
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

/** Subjects the CMS writes for a new entry: this project's French one (cms/config/index.ts) and Decap's English default. */
const creationSubjects = [/^Nouveau contenu \(.+\) : \S+$/, /^Create .+ “.+”$/];

/** Returns the kind of each of a file's commits (newest first): the oldest, or one the CMS wrote as new, is its creation; one on the review day, its revision. */
function commitChanges(commits: readonly Commit[], reviewed: string | undefined): RecordedChange[] {
  return commits.map((commit, i) => ({
    date: commit.date,
    change: i === commits.length - 1 || creationSubjects.some((pattern) => pattern.test(commit.subject)) ? 'creation' : commit.date === reviewed ? 'revision' : 'modification',
  }));
}

/** Returns changes newest first, one line per day, kind and organization (three commits of one afternoon are one modification). */
function distinctLines(changes: readonly RecordedChange[], organizationName: (slug: string) => string | undefined): HistoryLine[] {
  const sorted = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  const seen = new Set<string>();
  return sorted.flatMap(({ date, change, organization }) => {
    const key = `${date} ${change} ${organization ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const name = organization === undefined ? undefined : organizationName(organization);
    return [{ date, change, ...(name ? { organization: name } : {}) }];
  });
}

/** What `entryHistory` needs to know of the entry and the library. */
export interface HistoryContext {
  /** The entry's « Dernière révision », `AAAA-MM-JJ`. */
  reviewed?: string | undefined;
  /** Returns an organization's name from its slug. */
  organizationName?: (slug: string) => string | undefined;
}

/** Returns the history a page shows of a file: its newest `size` changes and the count of older ones. */
export function entryHistory(source: HistorySource, file: string, context: HistoryContext = {}, size = HISTORY_SIZE): EntryHistory {
  const recorded = source.recorded?.get(file);
  if (!recorded && !source.byFile) return { available: false, reason: 'no-git' };
  const changes = recorded ?? commitChanges(source.byFile?.get(file) ?? [], context.reviewed);
  const all = distinctLines(changes, context.organizationName ?? (() => undefined));
  if (all.length === 0) return { available: false, reason: 'no-commit' };
  const lines = all.slice(0, size);
  return { available: true, lines, older: all.length - lines.length };
}
