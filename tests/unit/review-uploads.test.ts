import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problem';
import { symlinkProblem, uploadProblem } from '../../src/lib/validation/uploads';
import { runReview } from '../../scripts/lib/review-command';
import { captureCommand } from './command-output';
import { hostileUploadsDir, machineSecret, plantHostileUploads, type Planted } from '../build/hostile-uploads';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'carrefour-review-uploads-'));
const repo = join(work, 'depot');
const env = { ...process.env, GIT_AUTHOR_NAME: 'Comité', GIT_AUTHOR_EMAIL: 'comite@exemple.org', GIT_COMMITTER_NAME: 'Comité', GIT_COMMITTER_EMAIL: 'comite@exemple.org' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
let planted: Planted;
let output: string;

beforeAll(() => {
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(root, 'public'), join(repo, 'public'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Bibliothèque de départ');
  git('switch', '--quiet', '-c', 'proposition');
  // The proposal carries every hostile upload and two links out of the repository, committed as Git keeps them.
  planted = plantHostileUploads(join(repo, 'public'), join(repo, 'content'), join(work, 'ailleurs'));
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Des fichiers piégés');
  // In-process: tests/unit/review.test.ts runs the same command once as a script.
  output = captureCommand((print) => runReview({ root: repo, args: ['--base', 'main'], env: process.env, print })).output;
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run review on a proposal with hostile uploads', () => {
  test('lists each refused upload and each link among the errors, with its French message', () => {
    for (const path of planted.uploads) {
      const problem = uploadProblem(`public/${path}`, readFileSync(join(hostileUploadsDir, path.split('/').pop()!)))!;
      expect(output).toContain(`- \`${formatProblem(problem).replace(' — ', '` — ')}`);
    }
    expect(output).toContain(formatProblem(symlinkProblem(`public/${planted.publicLink}`)).split(' — ')[1]);
    expect(output).toContain(`\`public/${planted.publicLink}\``);
    expect(output).toContain(`\`content/${planted.contentLink}\``);
    expect(output).not.toContain(machineSecret);
  });

  test('does not read the sheet a link points to, to describe it', () => {
    expect(output).not.toMatch(/\*\*Ajout : .*\*\* \(`content\/fiches\/fiche-liee\.mdx`\)/);
  });
});
