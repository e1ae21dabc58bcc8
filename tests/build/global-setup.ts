import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, testDefaults } from '../../scripts/lib/build-site.mjs';
import { root, siteCacheDir, siteDir } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The instant the shared site is built as on (CARREFOUR_BUILD_DATE). */
    buildDate: string;
  }
}

/** The shared build's instant, set once the site is built in this run: the `site` and `cms` projects both list this setup. */
const built = Symbol.for('carrefour.test-site-built');

/**
 * Builds the shipped library once for every build test, as on the instant it starts: tests that build the
 * library again as on that instant (incremental, preview) compare their pages with these.
 */
export default function setup(project: TestProject) {
  const run = globalThis as { [built]?: string };
  if (run[built]) return project.provide('buildDate', run[built]);
  const buildDate = new Date().toISOString();
  project.provide('buildDate', buildDate);
  const { CARREFOUR_SUITE_LOG: log, CARREFOUR_CMS_BUNDLE_DIR: bundleDir } = testDefaults(root);
  const bundled = () => existsSync(join(bundleDir!, 'cms-bundle.json'));
  const decapBundles = () =>
    existsSync(log!)
      ? readFileSync(log!, 'utf8')
          .split('\n')
          .filter((line) => line.includes('"decap-bundle"')).length
      : 0;
  const [hadBundle, bundlesBefore] = [bundled(), decapBundles()];
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(siteCacheDir, { recursive: true, force: true });
  const result = buildSite({ root, outDir: siteDir, cacheDir: siteCacheDir, by: 'global-setup', env: { CARREFOUR_BUILD_DATE: buildDate } });
  if (result.status !== 0) throw new Error(`La construction du site a échoué :\n${result.output}`);
  run[built] = buildDate;
  // The suite's log counts a real bundle of Decap (issue 25): one made here, in the shared folder, must be in it.
  if (!hadBundle && bundled() && decapBundles() !== bundlesBefore + 1) throw new Error(`Le paquet du CMS refait dans ${bundleDir} manque au journal ${log}.`);
}
