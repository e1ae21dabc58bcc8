// What the suite reports about itself at the end of a run: its slowest files, its time per group, and the full builds
// and Decap bundles it paid for (read from the shared work log). Pure: the reporter gives it the run's figures.
import { plural } from '../../src/lib/text';

/** One test file's figures: its path from the repository root, its vitest project, and its seconds. */
export interface FileTime {
  file: string;
  project: string;
  seconds: number;
}

export type Group = 'unit' | 'build' | 'browser' | 'dev-server' | 'autres';

/** The group a test file counts in: its project when it is the dev server's, else its folder under tests/. */
export function groupOf({ file, project }: Pick<FileTime, 'file' | 'project'>): Group {
  if (project === 'dev-server') return 'dev-server';
  const folder = /^tests\/([^/]+)\//.exec(file)?.[1];
  return folder === 'unit' || folder === 'build' || folder === 'browser' ? folder : 'autres';
}

/** Counts the log's lines by kind of work (`build`, `decap-bundle`), with who asked for each; a line that is not the shared format is named. */
export function countWork(log: string | undefined): { builds: string[]; bundles: string[]; unreadable: number } {
  const counted = { builds: [] as string[], bundles: [] as string[], unreadable: 0 };
  for (const line of (log ?? '').split('\n')) {
    if (line.trim() === '') continue;
    let entry: { work?: unknown; by?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      counted.unreadable++;
      continue;
    }
    const by = typeof entry.by === 'string' ? entry.by : '?';
    if (entry.work === 'build') counted.builds.push(by);
    else if (entry.work === 'decap-bundle') counted.bundles.push(by);
    else counted.unreadable++;
  }
  return counted;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const labels = (names: string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

/** The lines printed at the end of a run; `groups` lines are also what `npm test` shows in its phase table. */
export function suiteSummary(files: FileTime[], log: string | undefined, wallSeconds: number): { lines: string[]; groups: string[] } {
  const slowest = [...files].sort((a, b) => b.seconds - a.seconds).slice(0, 10);
  const totals = new Map<Group, { seconds: number; files: number }>();
  for (const file of files) {
    const group = totals.get(groupOf(file)) ?? { seconds: 0, files: 0 };
    totals.set(groupOf(file), { seconds: group.seconds + file.seconds, files: group.files + 1 });
  }
  const order: Group[] = ['unit', 'build', 'browser', 'dev-server', 'autres'];
  const groups = order
    .filter((group) => totals.has(group))
    .map((group) => `${group.padEnd(10)} ${seconds(totals.get(group)!.seconds).padStart(9)}  (${plural(totals.get(group)!.files, 'fichier', 'fichiers')})`);
  const work = countWork(log);
  return {
    groups,
    lines: [
      'Temps de la suite',
      '',
      'Les dix fichiers les plus lents :',
      ...slowest.map((file) => `  ${seconds(file.seconds).padStart(9)}  ${file.file}`),
      '',
      'Temps par groupe (durée des fichiers, sans la construction partagée) :',
      ...groups.map((line) => `  ${line}`),
      `  ${'total'.padEnd(10)} ${seconds(wallSeconds).padStart(9)}  (durée réelle de vitest)`,
      '',
      `Constructions complètes du site : ${work.builds.length}${labels(work.builds)}`,
      `Paquets Decap construits : ${work.bundles.length}${labels(work.bundles)}`,
      ...(work.unreadable > 0 ? [`Lignes illisibles dans le journal du travail : ${work.unreadable}`] : []),
    ],
  };
}
