import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A disposable Git clone of this repository, with a single `main` branch at the current commit. */
export interface ThrowawayRepo {
  dir: string;
  /** Runs git in the clone and returns its output. */
  git(...args: string[]): string;
  /** Returns a file as committed on `ref` (a branch), or undefined when it is not there. */
  show(ref: string, path: string): string | undefined;
  remove(): void;
}

/**
 * Clones `root` into a temporary folder for decap-server to commit into: `main` at the current commit,
 * no other branch (a local `cms` branch would block Decap's `cms/…` draft branches), no remote.
 */
export function cloneThrowaway(root: string): ThrowawayRepo {
  const parent = mkdtempSync(join(tmpdir(), 'carrefour-cms-'));
  const dir = join(parent, 'depot');
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, dir], { stdio: 'ignore' });
  git('checkout', '--quiet', '-B', 'main');
  for (const branch of git('for-each-ref', '--format=%(refname:short)', 'refs/heads/').split('\n')) {
    if (branch && branch !== 'main') git('branch', '--quiet', '-D', branch);
  }
  git('remote', 'remove', 'origin');
  git('config', 'user.name', 'Test du CMS');
  git('config', 'user.email', 'cms@carrefour.example');
  return {
    dir,
    git,
    show(ref, path) {
      try {
        return git('show', `${ref}:${path}`);
      } catch {
        return undefined;
      }
    },
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
