import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.mjs';
import { root, siteCacheDir, siteDir } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The instant the shared site is built as on (CARREFOUR_BUILD_DATE). */
    buildDate: string;
  }
}

/**
 * Builds the shipped library once for every build test, as on the instant it starts: tests that build the
 * library again as on that instant (incremental, preview) compare their pages with these.
 */
export default function setup(project: TestProject) {
  const buildDate = new Date().toISOString();
  project.provide('buildDate', buildDate);
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(siteCacheDir, { recursive: true, force: true });
  const result = buildSite({ root, outDir: siteDir, cacheDir: siteCacheDir, by: 'global-setup', env: { CARREFOUR_BUILD_DATE: buildDate } });
  if (result.status !== 0) throw new Error(`La construction du site a échoué :\n${result.output}`);
}
