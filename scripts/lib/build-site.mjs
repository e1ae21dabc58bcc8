// Runs the real `astro build` on a library folder, into an output folder of its own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the site and returns its exit status, everything it printed and how long it took.
 * @param {{ root: string, outDir: string, contentDir?: string, cacheDir?: string }} options
 */
export function buildSite({ root, outDir, contentDir = 'content', cacheDir = `${outDir}-cache` }) {
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // NODE_ENV=production even under Vitest (which sets it to `test`): otherwise Astro builds with
    // import.meta.env.DEV true, and the tests would check a site that differs from the one shipped.
    env: { ...process.env, NODE_ENV: 'production', CARREFOUR_CONTENT_DIR: contentDir, CARREFOUR_OUT_DIR: outDir, CARREFOUR_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}
