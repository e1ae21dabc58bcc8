// A vitest reporter, beside the default one: at the end of a run it prints the suite's slowest files, its time per
// group and the full builds and Decap bundles of the shared work log (CARREFOUR_SUITE_LOG), which it empties first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { suiteSummary } from './suite-summary';

const root = join(import.meta.dirname, '..', '..');

/** The work log's path; set for the whole run, so the global setup and every worker append to the same file. */
function workLogPath(): string {
  process.env.CARREFOUR_SUITE_LOG ??= join(root, '.tmp', 'suite-work.jsonl');
  return process.env.CARREFOUR_SUITE_LOG;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export default class SuiteTimeReporter implements Reporter {
  #started = performance.now();

  onInit() {
    this.#started = performance.now();
    rmSync(workLogPath(), { force: true });
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const files = modules.map((module) => {
      const d = module.diagnostic();
      const spent = d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
      return { file: relative(root, module.moduleId).split(sep).join('/'), project: module.project.name, seconds: spent / 1000 };
    });
    const { lines, groups } = suiteSummary(files, readIfPresent(workLogPath()), (performance.now() - this.#started) / 1000);
    console.log(`\n${lines.join('\n')}\n`);
    // `npm test` (scripts/test.sh) shows the groups in its table of phases.
    const timesFile = process.env.CARREFOUR_SUITE_TIMES;
    if (timesFile) {
      mkdirSync(dirname(timesFile), { recursive: true });
      writeFileSync(timesFile, `${groups.join('\n')}\n`);
    }
  }
}
