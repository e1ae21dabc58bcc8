import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite as runBuild } from '../../scripts/lib/build-site.mjs';
import { fileFor as resolveFile } from '../../scripts/lib/static-server.mjs';

export const root = join(import.meta.dirname, '..', '..');
/**
 * Where the build tests write the site they check, apart from the developer's `dist/`
 * (CARREFOUR_TEST_SITE_DIR lets two test runs on one checkout build side by side).
 */
export const siteDir = process.env.CARREFOUR_TEST_SITE_DIR ?? join(root, '.tmp', 'test-site');

/** Where the shared site's build records what it may reuse: the incremental test starts from a copy of it. */
export const siteCacheDir = `${siteDir}-cache`;

/** How a test build differs from the shared one. */
interface BuildOptions {
  contentDir?: string;
  cacheDir?: string;
  publicDir?: string;
  args?: string[];
  /** The instant the site is built as on (CARREFOUR_BUILD_DATE); the shared build's, by default. */
  date?: string;
  /** Who asked, in the suite's log of builds. */
  by: string;
}

/**
 * The instant the shared site was built as on (global-setup.ts gives it to the tests): a build that must write
 * the same pages as the shared one builds as on that instant too.
 */
const sharedBuildDate = () => inject('buildDate');

/** Runs `astro build` on a library folder (and a public folder) into `outDir`; returns its exit status and everything it printed. */
export function buildSite(outDir: string, { date = sharedBuildDate(), ...options }: BuildOptions) {
  return runBuild({ root, outDir, ...options, env: { CARREFOUR_BUILD_DATE: date } });
}

/** Returns the built file a site path resolves to, or undefined when nothing answers it. */
export function fileFor(path: string, dir = siteDir): string | undefined {
  return resolveFile(path, dir);
}

/** Returns the text of a built file, given its site path (`/pratiques/x/` reads its index.html). */
export function readPage(path: string): string {
  return readFileSync(fileFor(path)!, 'utf8');
}

/**
 * Returns the path of every page the built sitemap lists (`/`, `/pratiques/`, …), in its order: read from the
 * index @astrojs/sitemap writes (`sitemap-index.xml`), then from each sitemap file it lists.
 */
export function sitemapPaths(): string[] {
  const paths = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  return paths(readPage('/sitemap-index.xml')).flatMap((file) => paths(readPage(file)));
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
