import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
/** Where the build tests write the site they check, apart from the developer's `dist/`. */
export const siteDir = join(root, '.tmp', 'test-site');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` on a library folder into `outDir`; returns its exit status and everything it printed. */
export function buildSite(outDir: string, contentDir = 'content', cacheDir = join(outDir, '..', `${relative(root, outDir).replace(/\W+/g, '-')}-cache`)): BuildResult {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CARREFOUR_CONTENT_DIR: contentDir, CARREFOUR_OUT_DIR: outDir, CARREFOUR_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Returns the text of a built file, given its site path (`/pratiques/x/` reads its index.html). */
export function readPage(path: string): string {
  return readFileSync(fileFor(path)!, 'utf8');
}

/** Returns the built file a site path resolves to, or undefined when nothing answers it. */
export function fileFor(path: string, dir = siteDir): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Returns every file under `dir`, recursively, as absolute paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Returns the slugs of a content folder's files with the given extension. */
export function contentSlugs(folder: string, extension: string): string[] {
  return readdirSync(join(root, 'content', folder))
    .filter((name) => name.endsWith(`.${extension}`))
    .map((name) => name.slice(0, -extension.length - 1));
}
