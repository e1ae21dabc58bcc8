// The clone decap-server works in during `npm run cms`. decap-server checks out a branch per draft and
// commits with `git add .`: in the developer's own working copy, every checkout made the dev server
// reload /admin/. So it works in a clone of its own, and publications come back to the working copy.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Runs git in `dir` and returns its trimmed output. */
export function git(dir, ...args) {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Returns the commit `ref` names in `dir`, or undefined when it names none. */
function commitOf(dir, ref) {
  try {
    return git(dir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    return undefined;
  }
}

/** Whether `ancestor` is `descendant` or comes before it in `dir`'s history. */
function isAncestor(dir, ancestor, descendant) {
  try {
    git(dir, 'merge-base', '--is-ancestor', ancestor, descendant);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the workspace clone of `root` at `dir` the first time, then brings its `branch` up to the
 * working copy's `branch` whenever that only moves it forward. Returns what was done, in French.
 * @param {{ root: string, dir: string, branch: string }} options
 */
export function prepareWorkspace({ root, dir, branch }) {
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true });
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', '--branch', branch, root, dir], { stdio: 'ignore' });
    // decap-server commits as whoever Git says: the working copy's identity, or a plain one when it has none.
    const fallback = { 'user.name': 'Contribution locale (CMS)', 'user.email': 'cms@localhost' };
    for (const [key, value] of Object.entries(fallback)) git(dir, 'config', key, configValue(root, key) ?? value);
    return `copie de travail du CMS créée : ${dir}`;
  }
  git(dir, 'fetch', '--quiet', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
  const ours = commitOf(dir, branch);
  const theirs = commitOf(dir, `origin/${branch}`);
  if (!ours || !theirs || ours === theirs) return `copie de travail du CMS à jour : ${dir}`;
  if (!isAncestor(dir, ours, theirs)) {
    return `attention : la branche ${branch} de ${dir} a des publications que votre copie n’a pas encore ; récupérez-les avec « git pull ${dir} ${branch} »`;
  }
  if (git(dir, 'rev-parse', '--abbrev-ref', 'HEAD') !== branch) git(dir, 'checkout', '--quiet', branch);
  git(dir, 'merge', '--quiet', '--ff-only', `origin/${branch}`);
  return `copie de travail du CMS avancée jusqu’à votre branche ${branch} : ${dir}`;
}

function configValue(dir, key) {
  try {
    return git(dir, 'config', key);
  } catch {
    return undefined;
  }
}

/**
 * Brings the workspace's publications (its `branch`) back into the working copy `root`, when `root` has
 * `branch` checked out and only needs to move forward. Returns a French sentence, or undefined when
 * there is nothing new.
 * @param {{ root: string, dir: string, branch: string }} options
 */
export function bringBackPublications({ root, dir, branch }) {
  const published = commitOf(dir, branch);
  const current = commitOf(root, branch);
  if (!published || published === current) return undefined;
  if (current && isAncestor(root, published, current)) return undefined;
  git(root, 'fetch', '--quiet', dir, `${branch}`);
  const onBranch = git(root, 'rev-parse', '--abbrev-ref', 'HEAD') === branch;
  if (onBranch && current && isAncestor(root, current, published)) {
    try {
      git(root, 'merge', '--quiet', '--ff-only', 'FETCH_HEAD');
      return `publication reportée dans votre copie (branche ${branch}).`;
    } catch {
      // local changes in the way: say how to finish by hand
    }
  }
  return `nouvelle publication dans ${dir} ; récupérez-la avec « git pull ${dir} ${branch} ».`;
}
