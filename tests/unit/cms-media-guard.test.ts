import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { renamedExample, replacedFileName, sameNameRefusal, uploadsRefusal } from '../../cms/media/guard';
import { guardBackend, type BackendImplementation } from '../../cms/media/install';
import { formatProblem } from '../../src/lib/validation/problem';
import { uploadProblem } from '../../src/lib/validation/uploads';
import { hostileUploads, hostileUploadsDir } from '../build/hostile-uploads';

const root = join(import.meta.dirname, '..', '..');
const samplePdf = 'public/fichiers/outils/aide-memoire-pour-une-entente-avec-un-employeur/aide-memoire-entente-employeur.pdf';
/** An upload as Decap's AssetProxy carries it: the repository path and the browser's File. */
const asset = (path: string, bytes: Uint8Array<ArrayBuffer>) => ({ path, fileObj: new File([bytes], path.split('/').pop()!) });
const hostileAsset = (name: string) => asset(`public/fichiers/outils/x/${name}`, readFileSync(join(hostileUploadsDir, name)));

describe('the guard against replacing uploaded files', () => {
  test('recognizes Decap’s replace question and only that one', () => {
    expect(replacedFileName('ordre-du-jour.pdf already exists. Do you want to replace it?')).toBe('ordre-du-jour.pdf');
    expect(replacedFileName('Voulez-vous vraiment supprimer ce fichier ?')).toBeUndefined();
    expect(replacedFileName('ordre-du-jour.pdf already exists.')).toBeUndefined();
  });

  test('suggests a free name before the extension', () => {
    expect(renamedExample('ordre-du-jour.pdf')).toBe('ordre-du-jour-2.pdf');
    expect(renamedExample('photo.de.groupe.png')).toBe('photo.de.groupe-2.png');
    expect(renamedExample('lisez-moi')).toBe('lisez-moi-2');
  });

  test('tells the contributor in French that nothing was replaced, and what to do', () => {
    expect(sameNameRefusal('ordre-du-jour.pdf')).toBe(
      'Un fichier nommé « ordre-du-jour.pdf » existe déjà pour ce contenu : il n’est pas remplacé. Renommez votre fichier sur votre ordinateur (par exemple « ordre-du-jour-2.pdf »), puis téléversez-le de nouveau.',
    );
  });
});

describe('the upload type guard', () => {
  test('refuses each hostile upload on its bytes, with the validator’s own French message', async () => {
    for (const name of Object.keys(hostileUploads)) {
      const upload = hostileAsset(name);
      const problem = uploadProblem(upload.path, readFileSync(join(hostileUploadsDir, name)))!;
      expect(await uploadsRefusal([upload]), name).toBe(`Fichier refusé, rien n’a été enregistré :\n${formatProblem(problem)}`);
    }
  });

  test('accepts the sample library’s uploads, and leaves already committed files (no File) alone', async () => {
    const shipped = readdirSync(join(root, 'public', 'fichiers'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(shipped.length).toBeGreaterThan(5);
    const assets = shipped.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return asset(path.slice(root.length + 1), readFileSync(path));
    });
    expect(await uploadsRefusal(assets)).toBeUndefined();
    expect(await uploadsRefusal([{ path: 'public/images/fiches/x/ancienne.svg' }])).toBeUndefined();
  });

  test('a guarded backend sends no entry and no media file that carries a refused upload', async () => {
    const implementation: BackendImplementation = {
      deleteFiles: vi.fn(() => Promise.resolve()),
      persistEntry: vi.fn(() => Promise.resolve('enregistré')),
      persistMedia: vi.fn(() => Promise.resolve('téléversé')),
    };
    const { persistEntry, persistMedia } = implementation;
    const guarded = guardBackend(implementation);
    const good = asset(samplePdf, readFileSync(join(root, samplePdf)));

    await expect(guarded.persistEntry({ assets: [good, hostileAsset('notes.docx')] }, {})).rejects.toThrow(
      /notes\.docx — fichier téléversé : son contenu n’est pas celui d’un fichier Word \(DOCX\)/,
    );
    await expect(guarded.persistMedia(hostileAsset('script-externe.svg'), {})).rejects.toThrow(/les images SVG ne sont pas acceptées/);
    await expect(guarded.deleteFiles(['public/images/x.png'])).rejects.toThrow(/ne se supprime pas/);
    expect(persistEntry).not.toHaveBeenCalled();
    expect(persistMedia).not.toHaveBeenCalled();

    await expect(guarded.persistEntry({ assets: [good] }, { unpublished: true })).resolves.toBe('enregistré');
    await expect(guarded.persistMedia(good, {})).resolves.toBe('téléversé');
    expect(persistEntry).toHaveBeenCalledWith({ assets: [good] }, { unpublished: true });
    expect(persistMedia).toHaveBeenCalledWith(good, {});
  });

  test('a guarded backend sends no entry bigger than the validator reads (a 2 MB body), with its French message', async () => {
    const implementation: BackendImplementation = {
      deleteFiles: vi.fn(() => Promise.resolve()),
      persistEntry: vi.fn(() => Promise.resolve('enregistré')),
      persistMedia: vi.fn(() => Promise.resolve('téléversé')),
    };
    const { persistEntry } = implementation;
    const guarded = guardBackend(implementation);
    const big = { path: 'content/fiches/enorme.mdx', raw: `---\ntitle: Énorme\n---\n${'x'.repeat(2_000_000)}\n` };
    await expect(guarded.persistEntry({ assets: [], dataFiles: [big] }, {})).rejects.toThrow(
      /^enregistrement refusé : content\/fiches\/enorme\.mdx — fichier : trop volumineux \(2 Mo ; la limite est de 1 Mo\)/,
    );
    expect(persistEntry).not.toHaveBeenCalled();
    const small = { path: 'content/fiches/courte.mdx', raw: '---\ntitle: Courte\n---\nTexte.\n' };
    await expect(guarded.persistEntry({ assets: [], dataFiles: [small] }, {})).resolves.toBe('enregistré');
  });
});
