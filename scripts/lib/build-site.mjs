// Runs the real `astro build` on a library folder, into an output folder of its own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the site and returns its exit status, everything it printed and how long it took.
 * @param {{ root: string, outDir: string, contentDir?: string, publicDir?: string, cacheDir?: string, args?: string[] }} options
 */
export function buildSite({ root, outDir, contentDir = 'content', publicDir = 'public', cacheDir = `${outDir}-cache`, args = [] }) {
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The project's own Node (the pinned `node` package) first, whatever started this script.
    // NODE_ENV=production even under Vitest (which sets it to `test`): otherwise the tests would check a
    // site that differs from the one shipped (import.meta.env.DEV, React's development build in /admin/).
    env: {
      ...process.env,
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
