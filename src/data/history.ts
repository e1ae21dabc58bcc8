import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { commitsByFile, gitLogFormat, parseGitLog, type HistorySource } from '../lib/history';
import { readCmsSettings } from '../../cms/settings';
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
 * Reads the history of every file of the content folder with ONE `git log` (paths relative to the folder:
 * `fiches/x.mdx`). None when the folder is not in a repository or the clone is shallow: a shallow
 * clone's oldest commit would claim every file was created in it.
 */
function readHistory(): HistorySource {
  const repoUrl = `https://github.com/${readCmsSettings().repo}`;
  if (git(['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return {};
  const log = git(['log', `--format=${gitLogFormat}`, '--name-only', '--relative', '--', '.']);
  return log === undefined ? {} : { byFile: commitsByFile(parseGitLog(log)), repoUrl };
}

let history: HistorySource | undefined;

/** Returns the content folder's Git history, read once per build. */
export function getHistory(): HistorySource {
  history ??= readHistory();
  return history;
}
