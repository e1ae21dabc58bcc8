// Netlify build plugin (netlify.toml): keeps the build's cache between production builds, so that a one-sheet
// merge reuses the unchanged pages, the /admin/ bundle and the search index instead of a cold build.
// Paths: Astro's cache folder (incremental pages, CMS bundle, search-index record) and the output it keeps.

/** What a publish build reuses, relative to the repository; the same list as publish.yml's cache step. */
export const cachedPaths = ['node_modules/.astro', 'dist'];

/**
 * Restored for every build (a deploy preview starts from production's cache, which it only reads), after the
 * dependencies are installed.
 */
export async function onPreBuild({ utils }) {
  for (const path of cachedPaths) await utils.cache.restore(path);
}

/**
 * Saved by production builds only: a deploy preview builds a proposal, untrusted until the committee merges it,
 * and must not leave pages in the cache that production would reuse.
 */
export async function onPostBuild({ utils }) {
  if (process.env.CONTEXT !== 'production') return;
  for (const path of cachedPaths) await utils.cache.save(path);
}
