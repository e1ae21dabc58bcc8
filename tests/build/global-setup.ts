import { rmSync } from 'node:fs';
import { buildSite, siteDir } from './site';

/** Builds the shipped library once for every build test. */
export default function setup() {
  rmSync(siteDir, { recursive: true, force: true });
  const result = buildSite(siteDir);
  if (result.status !== 0) throw new Error(`La construction du site a échoué :\n${result.output}`);
}
