import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commitsByFile, gitLogFormat, parseGitLog, type HistorySource } from '../lib/history';
import { checkHistoryFile, historyFileName } from '../lib/validation/history-file';
import { formatProblem } from '../lib/validation/problem';
import { kinds, itemKinds } from '../schema/registry';
import { contentDir } from './content-dir';

/** Runs git in the content folder; returns what it printed, or undefined when it fails (no git, not a repository). */
function git(args: string[]): string | undefined {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: resolve(contentDir),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * Reads, with ONE `git log`, which commits changed the text of each file of the content folder (paths relative
 * to it: `fiches/x.mdx`; `-w`: spaces alone are no change). None when the folder is not in a repository or the
 * clone is shallow: a shallow clone's oldest commit would claim every file was created in it.
 */
function readGit(): HistorySource['byFile'] {
  if (git(['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return undefined;
  const log = git(['log', `--format=${gitLogFormat}`, '-w', '--numstat', '--no-renames', '--relative', '--', '.']);
  return log === undefined ? undefined : commitsByFile(parseGitLog(log));
}

/** Returns the file names of a content folder, or none when it does not exist. */
const filesIn = (folder: string) => (existsSync(join(contentDir, folder)) ? readdirSync(join(contentDir, folder)) : []);

/** Reads the library's history file, when it has one; a mistake in it stops the build with the validator's French message (an entry since removed only warns). */
function readRecorded(): HistorySource['recorded'] {
  const path = join(contentDir, historyFileName);
  if (!existsSync(path)) return undefined;
  const entries = new Set(itemKinds.flatMap((kind) => filesIn(kinds[kind].spec.folder).map((name) => `${kinds[kind].spec.folder}/${name}`)));
  const organizations = new Set(filesIn(kinds.organisme.spec.folder).map((name) => name.replace(/\.ya?ml$/, '')));
  const { problems, recorded } = checkHistoryFile(join(contentDir, historyFileName), readFileSync(path), { entries, organizations });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'));
  return recorded;
}

let history: HistorySource | undefined;

/** Returns the library's history (its history file, then Git), read once per build. */
export function getHistory(): HistorySource {
  if (!history) {
    const byFile = readGit();
    const recorded = readRecorded();
    history = { ...(byFile ? { byFile } : {}), ...(recorded ? { recorded } : {}) };
  }
  return history;
}
