import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { logSuiteWork } from '../../scripts/lib/suite-log.mjs';

const work = mkdtempSync(join(tmpdir(), 'suite-log-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('logSuiteWork', () => {
  test('appends one JSON line per piece of work, creating the log’s folder', () => {
    const log = join(work, 'logs', 'suite-work.jsonl');
    logSuiteWork('build', 'global-setup', log);
    logSuiteWork('decap-bundle', 'global-setup', log);
    expect(
      readFileSync(log, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { work: 'build', by: 'global-setup' },
      { work: 'decap-bundle', by: 'global-setup' },
    ]);
  });

  test('writes to CARREFOUR_SUITE_LOG by default, and nothing when it is not set', () => {
    const log = join(work, 'from-env.jsonl');
    const previous = process.env.CARREFOUR_SUITE_LOG;
    try {
      process.env.CARREFOUR_SUITE_LOG = log;
      logSuiteWork('build', 'preview');
      delete process.env.CARREFOUR_SUITE_LOG;
      logSuiteWork('build', 'hostile');
    } finally {
      if (previous !== undefined) process.env.CARREFOUR_SUITE_LOG = previous;
    }
    expect(readFileSync(log, 'utf8')).toBe('{"work":"build","by":"preview"}\n');
  });
});
