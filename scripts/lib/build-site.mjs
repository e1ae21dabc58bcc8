// Runs the real `astro build` on a library folder, into an output folder of its own.
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { logSuiteWork } from './suite-log.mjs';

/**
 * Under Vitest, what every build shares unless told otherwise: the log of the suite's work and one CMS bundle
 * cache, so Decap is bundled at most once per run whatever output and cache folder each test builds into.
 * @param {string} root
 */
export function testDefaults(root) {
  if (!process.env.VITEST) return {};
  return {
    CARREFOUR_SUITE_LOG: process.env.CARREFOUR_SUITE_LOG ?? join(root, '.tmp', 'suite-work.jsonl'),
    CARREFOUR_CMS_BUNDLE_DIR: process.env.CARREFOUR_CMS_BUNDLE_DIR ?? join(root, '.tmp', 'test-cms-bundle'),
  };
}

/**
 * `env` without the names Vite gives `import.meta.env` (MODE, DEV, PROD, SSR, BASE_URL): Vitest sets them in its
 * workers (DEV=1), and a build started from a test would take them as its own and write a development site
 * (no Content Security Policy in the pages).
 * @param {NodeJS.ProcessEnv} env
 */
function withoutViteEnv(env) {
  const { MODE, DEV, PROD, SSR, BASE_URL, ...rest } = env;
  return rest;
}

/**
 * Builds the site and returns its exit status, everything it printed and how long it took.
 * `by` names who asked, in the suite's log (CARREFOUR_SUITE_LOG); the output folder by default. `env` adds variables.
 * @param {{ root: string, outDir: string, contentDir?: string, publicDir?: string, cacheDir?: string, args?: string[], by?: string, env?: Record<string, string> }} options
 */
export function buildSite({ root, outDir, contentDir = 'content', publicDir = 'public', cacheDir = `${outDir}-cache`, args = [], by = relative(root, outDir), env: extra = {} }) {
  const started = performance.now();
  const env = { ...withoutViteEnv(process.env), ...testDefaults(root), ...extra };
  logSuiteWork('build', by, env.CARREFOUR_SUITE_LOG);
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The project's own Node (the pinned `node` package) first, whatever started this script.
    // NODE_ENV=production even under Vitest (which sets it to `test`): otherwise the tests would check a
    // site that differs from the one shipped (import.meta.env.DEV, React's development build in /admin/).
    env: {
      ...env,
      CARREFOUR_SUITE_BY: by,
      PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
      NODE_ENV: 'production',
      CARREFOUR_CONTENT_DIR: contentDir,
      CARREFOUR_PUBLIC_DIR: publicDir,
      CARREFOUR_OUT_DIR: outDir,
      CARREFOUR_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}
