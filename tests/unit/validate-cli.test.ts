import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runValidate } from '../../scripts/lib/validate-command';
import { captureCommand } from './command-output';

const root = join(import.meta.dirname, '..', '..');
const project = mkdtempSync(join(tmpdir(), 'carrefour-validate-'));
cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
symlinkSync(join(root, 'public'), join(project, 'public'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs the validator in-process, as `npm run validate` would in the copied project; returns its exit code and output. */
function validate(...args: string[]) {
  return validateIn(undefined, ...args);
}

/** Runs the validator in-process on the content folder `contentDir` (CARREFOUR_CONTENT_DIR). */
function validateIn(contentDir: string | undefined, ...args: string[]) {
  const started = performance.now();
  const env = { ...process.env, GITHUB_ACTIONS: '', CARREFOUR_CONTENT_DIR: contentDir };
  const result = captureCommand((print) => runValidate({ root: project, args, env, print }));
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** Runs `npm run validate`'s script in its own process (tsx), in the copied project. */
function validateScript(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'validate.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', CARREFOUR_CONTENT_DIR: undefined },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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

  test('runs as a script: reads its arguments and folder from the shell, prints errors and missing files, exits 1', () => {
    // The one run in its own process (the others call the same function in-process); the library is still broken by the first test.
    const { status, stdout, stderr } = validateScript('content/fiches/mentorat-entre-pairs.mdx', 'content/fiches/inexistante.mdx');
    expect(status).toBe(1);
    expect(stderr).toBe('content/fiches/inexistante.mdx — fichier introuvable. Correction : Vérifiez le chemin (par exemple content/fiches/mon-fichier.mdx).\n');
    expect(stdout).toMatch(
      /^Erreurs, à corriger avant de publier :\ncontent\/fiches\/mentorat-entre-pairs\.mdx:\d+ — corps du texte : adresse « javascript: » interdite dans un lien\./,
    );
    expect(stdout).toMatch(/\nValidation échouée : 2 erreurs et \d+ avertissements?, dans 2 fichiers\.\n$/);
  }, 90_000);

  test('checks a content folder named by an absolute or a ./ path, and says in French why it cannot check one', () => {
    // A copy with one hostile sheet: each way of naming it must find the sheet's error, not report success.
    const sheet = readFileSync(join(root, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
    mkdirSync(join(project, 'copie', 'fiches'), { recursive: true });
    writeFileSync(join(project, 'copie', 'fiches', 'piege.mdx'), `${sheet}\n[Cliquez](javascript:alert(1))\n`);
    const line = `${sheet}\n[Cliquez](javascript:alert(1))`.split('\n').length;
    for (const name of [join(project, 'copie'), './copie', 'copie/']) {
      const { status, output } = validateIn(name);
      expect(status, name).toBe(1);
      expect(output, name).toContain(`copie/fiches/piege.mdx:${line} — corps du texte : adresse « javascript: » interdite dans un lien.`);
    }
    const outside = mkdtempSync(join(tmpdir(), 'carrefour-ailleurs-'));
    mkdirSync(join(project, 'vide'));
    writeFileSync(join(project, 'fichier.txt'), '');
    const refusals = {
      [outside]: `${outside} — dossier du contenu : ce dossier est hors du projet`,
      absent: 'absent — dossier du contenu : dossier introuvable. Correction : Vérifiez le chemin donné à CARREFOUR_CONTENT_DIR',
      'fichier.txt': 'fichier.txt — dossier du contenu : ce chemin est un fichier, pas un dossier.',
      vide: 'vide — dossier du contenu : aucun contenu à vérifier',
      [project]: `${project} — dossier du contenu : c’est la racine du projet`,
    };
    try {
      for (const [name, message] of Object.entries(refusals)) {
        const { status, output } = validateIn(name, 'content/fiches/cafes-parents-ados.mdx');
        expect(status, name).toBe(1);
        expect(output, name).toContain(message);
        expect(output, name).toMatch(/Validation échouée : 1 erreur/);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  }, 120_000);
});
