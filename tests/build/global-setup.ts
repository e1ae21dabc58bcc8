import { rmSync } from 'node:fs';
import { buildSite, siteDir } from './site';

/** Set once the site is built in this run: the `site` and `cms` projects both list this setup. */
const built = Symbol.for('carrefour.test-site-built');

/** Builds the shipped library once for every build test. */
export default function setup() {
  const run = globalThis as { [built]?: boolean };
  if (run[built]) return;
  rmSync(siteDir, { recursive: true, force: true });
  const result = buildSite(siteDir);
  if (result.status !== 0) throw new Error(`La construction du site a échoué :\n${result.output}`);
  run[built] = true;
}
