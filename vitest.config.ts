import { configDefaults, defineConfig } from 'vitest/config';

/** Runs the site's dev server: alone, after the rest, as builds running beside it rewrite `.astro/` under it. */
const devServerTests = ['tests/browser/cms-offline.test.ts'];
/** Share one decap-server, one clone and one Chromium, so they run one after another. */
const cmsTests = ['tests/browser/cms*.test.ts', 'tests/browser/proposal-import.test.ts'];

export default defineConfig({
  test: {
    // The default output, then the suite's own time: slowest files, time per group, builds and Decap bundles (tests/reporter/).
    reporters: ['default', './tests/reporter/index.ts'],
    // Two files at a time on a 2-core machine (Vitest's default is one less than the cores): a browser test spends
    // much of its time waiting on Chromium. The cms project keeps one file at a time (its files share one stack),
    // so Vitest runs it last, as a group of its own.
    maxWorkers: 2,
    projects: [
      {
        // Some unit tests run git or the validator on copies of the library: 5 s is too short on a loaded 2-core machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, sequence: { groupOrder: 0 } },
      },
      {
        // Builds the real site once, then asserts on the generated files and drives it in Chromium.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...devServerTests, ...cmsTests],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The built /admin/ in Chromium on decap-server, started once (cms-stack-setup.ts); each file resets the clone.
        test: {
          name: 'cms',
          include: cmsTests,
          exclude: [...configDefaults.exclude, ...devServerTests],
          globalSetup: ['tests/build/global-setup.ts', 'tests/browser/cms-stack-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        // `npm run cms` in a real browser: its dev server reloads /admin/ when another build rewrites `.astro/`.
        test: { name: 'dev-server', include: devServerTests, testTimeout: 240_000, hookTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
