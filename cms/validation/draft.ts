// Checks a CMS draft before « Publier » merges it: the draft branch's content, read with git in the
// repository decap-server serves, through the project's validator (src/lib/validation/).
import { execFileSync } from 'node:child_process';
import { validateLibrary, type SourceFile } from '../../src/lib/validation/library';
import { formatProblem, type ContentProblem } from '../../src/lib/validation/problem';
import { plural } from '../../src/lib/text';
import { readProxyRequest } from '../proxy-request';

/** What Decap's proxy backend sends to publish a draft: `{ action, params: { branch, collection, slug } }`. */
export interface PublishRequest {
  /** The branch the draft is merged into. */
  base: string;
  collection: string;
  slug: string;
}

/** Returns the publish request carried by a body sent to decap-server, or undefined for any other action. */
export function readPublishRequest(body: string): PublishRequest | undefined {
  const request = readProxyRequest(body);
  const params = request?.params;
  if (request?.action !== 'publishUnpublishedEntry' || typeof params?.collection !== 'string' || typeof params.slug !== 'string') return undefined;
  const base = typeof params.branch === 'string' ? params.branch : typeof request.branch === 'string' ? request.branch : 'main';
  return { base, collection: params.collection, slug: params.slug };
}

/** The branch decap-server keeps a draft on (its `branchFromContentKey`). */
export function draftBranch(collection: string, slug: string): string {
  return `cms/${collection}/${slug}`;
}

/** A file of a Git tree, with its size in bytes; `link` when it is a symbolic link (mode 120000). */
export interface TreeFile {
  path: string;
  size: number;
  link?: true;
}

/** Parses `git ls-tree -r -l -z` output: blobs only (`<mode> blob <sha> <size>\t<path>`). */
export function parseTree(output: string): TreeFile[] {
  return output
    .split('\0')
    .map((record) => /^(\d+) blob [0-9a-f]+ +(\d+)\t(.+)$/s.exec(record))
    .filter((match) => match !== null)
    .map((match) => ({ path: match[3]!, size: Number(match[2]), ...(match[1] === '120000' ? { link: true as const } : {}) }));
}

/** Returns a lookup of the sizes of files under `public/` in a tree, by site path (`/fichiers/x.pdf`). */
export function publicSizes(tree: readonly TreeFile[]): (publicPath: string) => number | undefined {
  const sizes = new Map(tree.filter(({ path }) => path.startsWith('public/')).map(({ path, size }) => [path.slice('public'.length), size]));
  return (publicPath) => {
    try {
      return sizes.get(decodeURI(publicPath));
    } catch {
      return undefined;
    }
  };
}

/**
 * Returns the message Decap shows when publishing is refused: how many errors, then each as
 * `npm run validate` prints it (file:line — subject : problem. Correction : fix).
 */
export function refusalMessage(problems: readonly ContentProblem[]): string {
  const items = problems.map((problem, index) => `(${index + 1}) ${formatProblem(problem)}`);
  return `publication refusée, le brouillon ne passe pas la vérification du contenu (${plural(problems.length, 'erreur', 'erreurs')} à corriger dans le brouillon, puis enregistrez-le de nouveau) : ${items.join(' ')}`;
}

/** Runs git in `repoDir` and returns its output as bytes. */
function git(repoDir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd: repoDir, input, maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Reads files of `ref` in one `git cat-file --batch` call. */
function readFiles(repoDir: string, ref: string, paths: readonly string[]): SourceFile[] {
  if (paths.length === 0) return [];
  const output = git(repoDir, ['cat-file', '--batch'], paths.map((path) => `${ref}:${path}\n`).join(''));
  const files: SourceFile[] = [];
  let at = 0;
  for (const path of paths) {
    const headerEnd = output.indexOf(10, at);
    const size = Number(/^[0-9a-f]+ blob (\d+)$/.exec(output.subarray(at, headerEnd).toString('utf8'))?.[1] ?? Number.NaN);
    if (Number.isNaN(size)) throw new Error(`git cat-file : ${ref}:${path} illisible`);
    files.push({ path, bytes: output.subarray(headerEnd + 1, headerEnd + 1 + size) });
    at = headerEnd + 1 + size + 1;
  }
  return files;
}

/**
 * Returns the errors of the draft branch's changed content files and uploads, from the validator run on the whole
 * library as the branch holds it (references and attached files need it). Warnings do not block.
 */
export function checkDraft(repoDir: string, request: PublishRequest, contentDir = 'content', now = new Date()): ContentProblem[] {
  const branch = draftBranch(request.collection, request.slug);
  const changed = new Set(
    git(repoDir, ['diff', '--name-only', '--no-renames', '-z', `${request.base}...${branch}`, '--', contentDir, 'public'])
      .toString('utf8')
      .split('\0')
      .filter(Boolean),
  );
  if (changed.size === 0) return [];
  const tree = parseTree(git(repoDir, ['ls-tree', '-r', '-l', '-z', branch, '--', contentDir, 'public']).toString('utf8'));
  // The library, and the draft's own uploads (the others were checked when they were published); a link is never read.
  const wanted = tree.filter(({ path, link }) => !link && (path.startsWith(`${contentDir}/`) || (path.startsWith('public/') && changed.has(path))));
  const links = tree.filter(({ link }) => link).map(({ path }): SourceFile => ({ path, bytes: new Uint8Array(), symlink: true }));
  const files = [
    ...readFiles(
      repoDir,
      branch,
      wanted.map(({ path }) => path),
    ),
    ...links,
  ];
  const { problems } = validateLibrary(files, { fileSize: publicSizes(tree), now, contentDir });
  return problems.filter((problem) => problem.severity === 'error' && changed.has(problem.file));
}
