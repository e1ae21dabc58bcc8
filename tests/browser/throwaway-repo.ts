import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A disposable Git clone of this repository, with a single `main` branch at the current commit. */
export interface ThrowawayRepo {
  dir: string;
  /** Runs git in the clone and returns its output. */
  git(...args: string[]): string;
  /** Returns a file as committed on `ref` (a branch), or undefined when it is not there. */
  show(ref: string, path: string): string | undefined;
  remove(): void;
}

/** The clone in `dir` (made by `cloneThrowaway`), as a ThrowawayRepo; `remove` deletes its temporary folder. */
export function openThrowaway(dir: string): ThrowawayRepo {
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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
    remove: () => rmSync(dirname(dir), { recursive: true, force: true }),
  };
}

/** Deletes every local branch but `main`; Git drops the status decap-server keeps in each branch's description with it. */
function dropOtherBranches(repo: ThrowawayRepo) {
  for (const branch of repo.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/').split('\n')) {
    if (branch && branch !== 'main') repo.git('branch', '--quiet', '-D', branch);
  }
}

/**
 * Clones `root` into a temporary folder for decap-server to commit into: `main` at the current commit,
 * no other branch (a local `cms` branch would block Decap's `cms/…` draft branches), no remote.
 */
export function cloneThrowaway(root: string): ThrowawayRepo {
  const parent = mkdtempSync(join(tmpdir(), 'carrefour-cms-'));
  const repo = openThrowaway(join(parent, 'depot'));
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, repo.dir], { stdio: 'ignore' });
  repo.git('checkout', '--quiet', '-B', 'main');
  repo.git('remote', 'remove', 'origin');
  dropOtherBranches(repo);
  repo.git('config', 'user.name', 'Test du CMS');
  repo.git('config', 'user.email', 'cms@carrefour.example');
  return repo;
}

/**
 * Brings a clone back to how `cloneThrowaway` left it, `main` at `start`: what decap-server and a test
 * committed, checked out or left in the working tree is gone, and so are the draft branches and their status.
 */
export function resetThrowaway(repo: ThrowawayRepo, start: string) {
  repo.git('checkout', '--quiet', '--force', '-B', 'main', start);
  repo.git('clean', '--quiet', '-d', '--force', '-x');
  dropOtherBranches(repo);
}
