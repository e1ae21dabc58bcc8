import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const project = mkdtempSync(join(tmpdir(), 'carrefour-validate-'));
cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
symlinkSync(join(root, 'public'), join(project, 'public'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs `npm run validate` (the same script) in the copied project; returns its exit code and output. */
function validate(...args: string[]) {
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'validate.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

describe('npm run validate', () => {
  test('fails on a broken library, lists every problem in French, and never hangs on a 5 MB file', () => {
    const sheet = readFileSync(join(project, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
    const hostile = `${sheet}\n[Cliquez](javascript:alert(1))\n`;
    const line = hostile.split('\n').indexOf('[Cliquez](javascript:alert(1))') + 1;
    writeFileSync(join(project, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), hostile);
    writeFileSync(join(project, 'content', 'fiches', 'enorme.mdx'), `${sheet}${'Texte. '.repeat(800_000)}`);
    const { status, output, seconds } = validate();
    expect(status).toBe(1);
    expect(output).toContain(`content/fiches/mentorat-entre-pairs.mdx:${line} — corps du texte : adresse « javascript: » interdite dans un lien.`);
    expect(output).toContain('content/fiches/enorme.mdx — fichier : trop volumineux (5,6 Mo ; la limite est de 1 Mo).');
    expect(output).toMatch(/Validation échouée : 2 erreurs et \d+ avertissements?, dans \d+ fichiers\.\n$/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(seconds).toBeLessThan(60);
  }, 90_000);

  test('checks only the files it is given, and says when one does not exist', () => {
    const valid = validate('content/fiches/cafes-parents-ados.mdx');
    expect(valid.status).toBe(0);
    expect(valid.output).toMatch(/Validation réussie : aucune erreur/);
    const missing = validate('content/fiches/inexistante.mdx');
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('content/fiches/inexistante.mdx — fichier introuvable.');
  }, 90_000);
});
