import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = mkdtempSync(join(tmpdir(), 'carrefour-npm-test-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

// Stand-ins for npm and vitest: they record their arguments, and fail when FAIL_AT names their phase.
const calls = join(bin, 'appels.txt');
writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "npm $*" >> "${calls}"\n[ "$2" = "$FAIL_AT" ] && exit 3\nexit 0\n`);
writeFileSync(
  join(bin, 'vitest'),
  `#!/bin/sh\necho "vitest $*" >> "${calls}"\nprintf 'unit          21.0 s  (6 fichiers)\\nbrowser       45.0 s  (5 fichiers)\\n' > "$CARREFOUR_SUITE_TIMES"\nexit 0\n`,
);
chmodSync(join(bin, 'npm'), 0o755);
chmodSync(join(bin, 'vitest'), 0o755);

/** Runs scripts/test.sh (what `npm test` runs) with the stand-ins; returns its exit code, its output and the commands it ran. */
function npmTest(env: Record<string, string>, ...args: string[]) {
  rmSync(calls, { force: true });
  const result = spawnSync('bash', [join(root, 'scripts', 'test.sh'), ...args], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, CARREFOUR_SUITE_TIMES: join(bin, 'temps.txt'), ...env },
  });
  return { status: result.status, output: result.stdout, ran: readFileSync(calls, 'utf8').trim().split('\n') };
}

describe('npm test (scripts/test.sh)', () => {
  test('runs the checks then the suite, and ends with the time of the install, of each phase, of the suite’s groups and the total', () => {
    const { status, output, ran } = npmTest({ CARREFOUR_INSTALL_MS: '12345' }, 'tests/unit/x.test.ts');
    expect(status).toBe(0);
    expect(ran).toEqual(['npm run check', 'npm run lint', 'npm run format:check', 'npm run knip', 'npm run validate', 'vitest run tests/unit/x.test.ts']);
    const table = output.slice(output.indexOf('Temps de npm test :')).trim().split('\n');
    expect(table.map((line) => line.replace(/ +\d+\.\d s$/, ' N s'))).toEqual([
      'Temps de npm test :',
      '  installation N s',
      '  check N s',
      '  lint N s',
      '  format N s',
      '  knip N s',
      '  validate N s',
      '  vitest N s',
      '    unit          21.0 s  (6 fichiers)',
      '    browser       45.0 s  (5 fichiers)',
      '  total N s',
    ]);
    expect(table[1]).toMatch(/^ {2}installation +12\.3 s$/);
    expect(Number(/total +(\d+\.\d) s/.exec(output)![1])).toBeGreaterThanOrEqual(12.3);
  });

  test('stops at the first phase that fails, with its exit code, and still gives the times so far', () => {
    const { status, output, ran } = npmTest({ FAIL_AT: 'knip' });
    expect(status).toBe(3);
    expect(ran).toEqual(['npm run check', 'npm run lint', 'npm run format:check', 'npm run knip']);
    expect(output).toMatch(/ {2}knip +\d+\.\d s\n {2}total +\d+\.\d s\nÉchec à l’étape « knip » \(code 3\)\.\n$/);
    expect(output).not.toContain('installation');
  });
});
