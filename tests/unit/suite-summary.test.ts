import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SuiteTimeReporter from '../reporter/index';
import { countWork, groupOf, suiteSummary } from '../reporter/suite-summary';

const root = join(import.meta.dirname, '..', '..');

describe('groupOf', () => {
  test('puts a file in its folder’s group, and the dev server’s project in its own', () => {
    expect(groupOf({ file: 'tests/unit/dates.test.ts', project: 'unit' })).toBe('unit');
    expect(groupOf({ file: 'tests/build/pages.test.ts', project: 'site' })).toBe('build');
    expect(groupOf({ file: 'tests/browser/a11y.test.ts', project: 'site' })).toBe('browser');
    expect(groupOf({ file: 'tests/browser/cms-offline.test.ts', project: 'dev-server' })).toBe('dev-server');
    expect(groupOf({ file: 'tests/ailleurs/x.test.ts', project: 'x' })).toBe('autres');
  });
});

describe('countWork', () => {
  test('counts full builds and Decap bundles with who asked, and names the lines it cannot read', () => {
    const log = [
      '{"work":"build","by":"global-setup"}',
      '{"work":"decap-bundle","by":"cms"}',
      '{"work":"build","by":"incremental"}',
      'pas du JSON',
      '{"work":"autre","by":"x"}',
      '',
    ].join('\n');
    expect(countWork(log)).toEqual({ builds: ['global-setup', 'incremental'], bundles: ['cms'], unreadable: 2 });
    expect(countWork(undefined)).toEqual({ builds: [], bundles: [], unreadable: 0 });
  });
});

describe('suiteSummary', () => {
  const files = Array.from({ length: 11 }, (_, i) => ({ file: `tests/${i < 6 ? 'unit' : 'build'}/f${i}.test.ts`, project: 'p', seconds: i + 1 }));

  test('lists the ten slowest files, slowest first, and leaves out the fastest', () => {
    const { lines } = suiteSummary(files, undefined, 70);
    const listed = lines.filter((line) => line.includes('.test.ts'));
    expect(listed).toHaveLength(10);
    expect(listed[0]).toBe('     11.0 s  tests/build/f10.test.ts');
    expect(listed.at(-1)).toBe('      2.0 s  tests/unit/f1.test.ts');
    expect(lines.join('\n')).not.toContain('f0.test.ts');
  });

  test('sums the time of each group, and says 0 builds and 0 bundles without a log', () => {
    const { lines, groups } = suiteSummary(files, undefined, 70);
    expect(groups).toEqual(['unit          21.0 s  (6 fichiers)', 'build         45.0 s  (5 fichiers)']);
    expect(lines).toContain('  total         70.0 s  (durée réelle de vitest)');
    expect(lines).toContain('Constructions complètes du site : 0');
    expect(lines).toContain('Paquets Decap construits : 0');
  });

  test('gives the builds and bundles of the log, with who asked for each', () => {
    const { lines } = suiteSummary(files, '{"work":"build","by":"global-setup"}\n{"work":"build","by":"preview"}\n', 1);
    expect(lines).toContain('Constructions complètes du site : 2 (global-setup, preview)');
    expect(lines).toContain('Paquets Decap construits : 0');
  });
});

describe('SuiteTimeReporter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carrefour-reporter-'));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  test('empties the log when the run starts, then prints what the run appended and writes the groups for npm test', () => {
    const log = join(dir, 'travail.jsonl');
    const times = join(dir, 'temps.txt');
    vi.stubEnv('CARREFOUR_SUITE_LOG', log);
    vi.stubEnv('CARREFOUR_SUITE_TIMES', times);
    writeFileSync(log, '{"work":"build","by":"run-precedent"}\n');
    const reporter = new SuiteTimeReporter();
    reporter.onInit();
    expect(existsSync(log)).toBe(false);
    writeFileSync(log, '{"work":"decap-bundle","by":"cms"}\n');
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    const diagnostic = { environmentSetupDuration: 100, prepareDuration: 100, collectDuration: 300, setupDuration: 0, duration: 1500 };
    const module = { moduleId: join(root, 'tests/browser/x.test.ts'), project: { name: 'site' }, diagnostic: () => diagnostic } as unknown as TestModule;
    reporter.onTestRunEnd([module]);
    const output = printed.join('\n');
    expect(output).toContain('      2.0 s  tests/browser/x.test.ts');
    expect(output).toContain('Constructions complètes du site : 0\n');
    expect(output).toContain('Paquets Decap construits : 1 (cms)');
    expect(readFileSync(times, 'utf8')).toBe('browser        2.0 s  (1 fichier)\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
