import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { contentFolder } from '../../src/lib/validation/content-folder';
import { validateLibrary } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';

const root = join(import.meta.dirname, '..', '..');

describe('contentFolder', () => {
  test('names a folder of the project from its root, however it is given', () => {
    for (const value of ['content', './content', 'content/', join(root, 'content')]) expect(contentFolder(root, value), value).toEqual({ folder: 'content' });
    expect(contentFolder(root, '.tmp/copie')).toEqual({ folder: '.tmp/copie' });
    expect(contentFolder(root, '..content')).toEqual({ folder: '..content' });
  });

  test('refuses the project itself and any folder outside it', () => {
    for (const value of ['.', root, '..', '/tmp/copie', '../h-autre/content']) {
      const refused = contentFolder(root, value);
      expect('problem' in refused && refused.problem, value).toMatchObject({ severity: 'error', file: value, subject: 'dossier du contenu' });
    }
  });
});

describe('validateLibrary', () => {
  test('reads a library named with ./, and counts the entry files it found', () => {
    const files = readLibraryFiles(root, 'content');
    const plain = validateLibrary(files, { fileSize: () => 1, now: new Date('2026-06-01') });
    const dotted = validateLibrary(files, { fileSize: () => 1, now: new Date('2026-06-01'), contentDir: './content/' });
    expect(plain.entryFiles).toBeGreaterThan(20);
    expect(dotted.entryFiles).toBe(plain.entryFiles);
    expect(dotted.entries.length).toBe(plain.entries.length);
    expect(validateLibrary(files, { fileSize: () => 1, now: new Date(), contentDir: 'ailleurs' })).toEqual({ problems: [], entries: [], entryFiles: 0 });
  });
});

describe('the build’s content folder', () => {
  test('stops at once with a French message when CARREFOUR_CONTENT_DIR names no folder', async () => {
    // The module checks the folder as it loads, as the build imports it: load a fresh copy under the variable.
    vi.stubEnv('CARREFOUR_CONTENT_DIR', 'dossier-absent');
    vi.resetModules();
    try {
      await expect(import('../../src/data/content-dir')).rejects.toThrow(
        'dossier-absent — dossier du contenu : dossier introuvable. Correction : Vérifiez le chemin donné à CARREFOUR_CONTENT_DIR',
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
