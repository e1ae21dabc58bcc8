// The suite's record of its costly work (issue 25): one JSON line per full build and per real CMS bundle.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Appends `{"work":…,"by":…}` to the file named by CARREFOUR_SUITE_LOG, when that variable is set.
 * @param {'build' | 'decap-bundle'} work
 * @param {string} by a short label of who asked for it
 * @param {string | undefined} file the log (CARREFOUR_SUITE_LOG by default); nothing is written without one
 */
export function logSuiteWork(work, by, file = process.env.CARREFOUR_SUITE_LOG) {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ work, by })}\n`);
}
