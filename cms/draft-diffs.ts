// What a draft changes, as decap-server's `unpublishedEntry` answers it, but measured from the commit the
// draft started from. decap-server 3.11 diffs the draft branch against today's `main`: once other sheets
// are published, an older draft lists them as removed, and Decap opens the shortest-named one instead of
// the draft's own file. The local relay (cms/dev-proxy.ts) replaces those `diffs` with these.
import { execFileSync } from 'node:child_process';
import { readProxyRequest } from './proxy-request';
import { draftBranch } from './validation/draft';

/** One changed file, in the shape decap-server gives (its `getDiffs`). */
export interface DraftDiff {
  oldPath: string;
  newPath: string;
  status: 'added' | 'deleted' | 'modified' | 'renamed';
  newFile: boolean;
  path: string;
  id: string;
  binary: boolean;
}

/** The draft Decap asks for in an `unpublishedEntry` request: `{ params: { branch, id | collection, slug } }`. */
export interface DraftRequest {
  /** The branch drafts are published to. */
  base: string;
  collection: string;
  slug: string;
}

/** Returns the draft an `unpublishedEntry` request body asks for, or undefined for any other request. */
export function readDraftRequest(body: string): DraftRequest | undefined {
  const request = readProxyRequest(body);
  const params = request?.params;
  if (request?.action !== 'unpublishedEntry' || typeof params?.branch !== 'string') return undefined;
  // Decap sends either a content key (`collection/slug`) or both parts.
  const [collection, ...rest] = typeof params.id === 'string' ? params.id.split('/') : [params.collection, params.slug];
  const slug = rest.join('/');
  if (typeof collection !== 'string' || collection === '' || typeof slug !== 'string' || slug === '') return undefined;
  return { base: params.branch, collection, slug };
}

const statuses: Record<string, DraftDiff['status']> = { A: 'added', D: 'deleted', M: 'modified', R: 'renamed', T: 'modified', C: 'added' };

/**
 * Parses `git diff --name-status -z -M` output into decap-server's shape; `binaries` are the paths
 * `git diff --numstat` counts no lines for (decap-server also treats every SVG as binary).
 */
export function parseNameStatus(output: string, binaries: ReadonlySet<string> = new Set()): DraftDiff[] {
  const fields = output.split('\0');
  const diffs: DraftDiff[] = [];
  for (let at = 0; at < fields.length && fields[at];) {
    const letter = fields[at]!.charAt(0);
    const paired = letter === 'R' || letter === 'C';
    const first = fields[at + 1] ?? '';
    const second = paired ? (fields[at + 2] ?? '') : first;
    at += paired ? 3 : 2;
    const status = statuses[letter] ?? 'modified';
    const oldPath = status === 'added' && !paired ? '' : first;
    const newPath = status === 'deleted' ? '' : second;
    const path = newPath || oldPath;
    diffs.push({ oldPath, newPath, status, newFile: status === 'added', path, id: path, binary: binaries.has(path) || /\.svg$/.test(path) });
  }
  return diffs;
}

/** Parses `git diff --numstat -z -M` output into the paths git counts as binary (`-\t-\t`). */
function binaryPaths(output: string): Set<string> {
  const fields = output.split('\0');
  const paths = new Set<string>();
  for (let at = 0; at < fields.length && fields[at];) {
    const [added, , path] = fields[at]!.split('\t');
    // A rename gives an empty path, then the old and the new path as the next two fields.
    const newPath = path === '' ? fields[at + 2] : path;
    at += path === '' ? 3 : 1;
    if (added === '-' && newPath) paths.add(newPath);
  }
  return paths;
}

/** Returns what the draft changes since it left `request.base`, read with git in `repoDir` (decap-server's repository). */
export function draftDiffs(repoDir: string, request: DraftRequest): DraftDiff[] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const range = `${request.base}...${draftBranch(request.collection, request.slug)}`;
  return parseNameStatus(git('diff', '--name-status', '-z', '-M', range), binaryPaths(git('diff', '--numstat', '-z', '-M', range)));
}
