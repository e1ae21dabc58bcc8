// The few git questions the review report asks, answered by the git command line.
import { execFileSync } from 'node:child_process';
import type { ChangeStatus } from '../../src/lib/review/report';

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** Returns the files changed since the point where the current branch left `base` (committed or not), with their status. */
export function changedFiles(root: string, base: string): { status: ChangeStatus; file: string; since: string }[] {
  const since = git(root, ['merge-base', base, 'HEAD']).trim();
  const fields = git(root, ['diff', '--name-status', '--no-renames', '-z', since]).split('\0').filter(Boolean);
  const changes: { status: ChangeStatus; file: string; since: string }[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const letter = fields[i]!;
    changes.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified', file: fields[i + 1]!, since });
  }
  return changes;
}

/** Returns a file's content at a commit, or undefined when it did not exist there. */
export function fileAt(root: string, commit: string, file: string): Buffer | undefined {
  try {
    return execFileSync('git', ['show', `${commit}:${file}`], { cwd: root, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Returns the files under `folder` that contain `text` (as is) at a commit; none when git finds nothing. */
export function filesContaining(root: string, commit: string, text: string, folder: string): string[] {
  try {
    const output = git(root, ['grep', '-l', '-z', '-F', '-e', text, commit, '--', folder]);
    return output
      .split('\0')
      .filter(Boolean)
      .map((hit) => hit.slice(commit.length + 1));
  } catch (error) {
    // git grep answers 1 when nothing matches; anything else is a real failure.
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}
