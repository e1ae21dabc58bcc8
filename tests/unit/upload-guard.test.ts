import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { uploadGuard } from '../../src/integrations/upload-guard';

const work = mkdtempSync(join(tmpdir(), 'carrefour-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A library folder and a public folder; `hostile` adds a script named as a Word file and a link among the
 * sheets, `yamlLink` a link among the organizations (whose loader would follow it).
 */
function project(name: string, hostile: boolean, yamlLink = false) {
  const content = join(work, name, 'content');
  const publicDir = join(work, name, 'public');
  mkdirSync(join(content, 'fiches'), { recursive: true });
  mkdirSync(join(publicDir, 'fichiers', 'outils', 'x'), { recursive: true });
  writeFileSync(join(publicDir, 'fichiers', 'outils', 'x', 'guide.pdf'), '%PDF-1.7\n');
  writeFileSync(join(publicDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  if (hostile) {
    writeFileSync(join(publicDir, 'fichiers', 'outils', 'x', 'notes.docx'), 'alert(document.domain)');
    symlinkSync('/etc/hostname', join(content, 'fiches', 'fiche.mdx'));
  }
  if (yamlLink) {
    mkdirSync(join(content, 'organismes'));
    symlinkSync('/etc/hostname', join(content, 'organismes', 'organisme.yml'));
  }
  return { contentDir: relative(process.cwd(), content), publicDir };
}

/** Runs the integration's hooks as `astro <command>` would, up to the build's start; returns what it logged and threw. */
function run(name: string, hostile: boolean, command: 'build' | 'dev', yamlLink = false) {
  const { contentDir, publicDir } = project(name, hostile, yamlLink);
  const hooks = uploadGuard(contentDir).hooks;
  const error = vi.fn();
  const logger = { error } as unknown as AstroIntegrationLogger;
  const setup = hooks['astro:config:setup'] as (options: unknown) => void;
  const start = hooks['astro:build:start'] as (options: unknown) => void;
  const steps = [() => setup({ config: { publicDir: pathToFileURL(`${publicDir}/`) }, command, logger }), () => start({ logger })];
  for (const [at, step] of steps.entries()) {
    try {
      step();
    } catch (thrown) {
      return { failedAt: at === 0 ? 'setup' : 'build:start', message: (thrown as Error).message, logged: error.mock.calls.join('\n') };
    }
  }
  return { failedAt: undefined, message: '', logged: error.mock.calls.join('\n') };
}

describe('uploadGuard', () => {
  test('lets a build with accepted uploads and no link go on (the site’s own SVG favicon is no upload)', () => {
    expect(run('sain', false, 'build')).toEqual({ failedAt: undefined, message: '', logged: '' });
  });

  test('prints each refused file at setup, and stops the build before its first page', () => {
    const result = run('piege', true, 'build');
    expect(result.failedAt).toBe('build:start');
    expect(result.message).toBe('Construction arrêtée : 2 fichiers sont refusés (voir la liste plus haut).');
    expect(result.logged).toContain('2 problèmes à corriger avant de publier (aucune page n’a été construite) :');
    expect(result.logged).toMatch(/piege\/content\/fiches\/fiche\.mdx — fichier : c’est un lien symbolique/);
    expect(result.logged).toMatch(/piege\/public\/fichiers\/outils\/x\/notes\.docx — fichier téléversé : son contenu n’est pas celui d’un fichier Word \(DOCX\)/);
  });

  test('stops the build at once when a link sits where a loader would follow it', () => {
    const result = run('lien-yaml', false, 'build', true);
    expect(result.failedAt).toBe('setup');
    expect(result.message).toMatch(/lien-yaml\/content\/organismes\/organisme\.yml — fichier : c’est un lien symbolique/);
  });

  test('stops the dev server at once', () => {
    const result = run('piege-dev', true, 'dev');
    expect(result.failedAt).toBe('setup');
    expect(result.message).toContain('notes.docx — fichier téléversé');
  });
});
