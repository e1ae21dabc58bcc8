import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCmsConfig } from '../../cms/config/index';
import { readCmsSettings } from '../../cms/settings';
import { readTaxonomyOptions } from '../../cms/taxonomy-options';
import { contentCollections } from '../../src/schema/registry';
import type { Field } from '../../src/schema/fields';
import { documentExtensions, imageExtensions, isUploadPath, uploadBytesNeeded, uploadFolders, uploadRefusal } from '../../src/lib/safety/uploads';
import { readZipEntry } from '../../src/lib/safety/zip';
import { hostileUploads, hostileUploadsDir as hostileDir } from '../build/hostile-uploads';

const root = join(import.meta.dirname, '..', '..');
const refusalKind = (name: string, bytes: Uint8Array) => {
  const refusal = uploadRefusal(name, bytes);
  if (!refusal) return 'accepted';
  return refusal.problem.includes('SVG') ? 'svg' : refusal.problem.includes('son contenu') ? 'content' : 'type';
};

/** Every file of the sample library's upload folders, as public paths. */
function shippedUploads(): string[] {
  return uploadFolders.flatMap((folder) =>
    readdirSync(join(root, 'public', folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(root, 'public').length)),
  );
}

describe('uploadRefusal', () => {
  test('every hostile upload of the fixtures folder is listed, and refused for its reason', () => {
    expect(readdirSync(hostileDir).sort()).toEqual(Object.keys(hostileUploads).sort());
    for (const [name, kind] of Object.entries(hostileUploads)) {
      expect(refusalKind(name, readFileSync(join(hostileDir, name))), name).toBe(kind);
    }
  });

  test('accepts every file the sample library ships in its upload folders', () => {
    const files = shippedUploads();
    expect(files.length).toBeGreaterThan(10);
    for (const path of files) expect(uploadRefusal(path, readFileSync(join(root, 'public', path))), path).toBeUndefined();
  });

  test('recognizes each image type by its first bytes, and no other type by them', () => {
    const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
    const images = {
      png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13],
      jpg: [0xff, 0xd8, 0xff, 0xe0, 0, 16],
      webp: [...ascii('RIFF'), 64, 0, 0, 0, ...ascii('WEBPVP8 ')],
      avif: [0, 0, 0, 28, ...ascii('ftypavif'), 0, 0, 0, 0, ...ascii('avifmif1miaf')],
    };
    for (const [extension, bytes] of Object.entries(images)) {
      expect(uploadRefusal(`image.${extension}`, new Uint8Array(bytes)), extension).toBeUndefined();
      for (const other of Object.keys(images).filter((name) => name !== extension)) {
        expect(uploadRefusal(`image.${other}`, new Uint8Array(bytes))?.problem, `${extension} nommé .${other}`).toContain('son contenu');
      }
    }
    // An ISO media file of another brand (a video) is no AVIF image.
    expect(uploadRefusal('image.avif', new Uint8Array([0, 0, 0, 20, ...ascii('ftypisom'), 0, 0, 0, 0, ...ascii('isommp41')]))).toBeDefined();
  });

  test('a real document under another office extension is refused', () => {
    const odt = readFileSync(join(root, 'public/fichiers/outils/gabarit-de-plan-de-retour-aux-etudes/gabarit-plan-retour-etudes.odt'));
    const docx = readFileSync(join(root, 'public/fichiers/outils/gabarit-de-plan-de-retour-aux-etudes/gabarit-plan-retour-etudes.docx'));
    expect(uploadRefusal('texte.ods', odt)).toBeDefined();
    expect(uploadRefusal('texte.docx', odt)).toBeDefined();
    expect(uploadRefusal('texte.pptx', docx)).toBeDefined();
    expect(uploadRefusal('texte.odt', docx)).toBeDefined();
    expect(uploadRefusal('texte.pdf', docx)).toBeDefined();
  });

  test('says in French what is wrong and how to fix it', () => {
    expect(uploadRefusal('fiche.svg', new Uint8Array())).toEqual({
      problem: 'les images SVG ne sont pas acceptées, car elles peuvent contenir du code qui s’exécuterait sur le site',
      fix: 'exportez l’image en PNG, JPEG ou WebP, puis téléversez-la de nouveau.',
    });
    expect(uploadRefusal('photo.png', new Uint8Array())).toEqual({
      problem: 'son contenu n’est pas celui d’un fichier PNG, malgré son extension',
      fix: 'ouvrez l’image dans un logiciel d’images, exportez-la en PNG, puis téléversez-la de nouveau.',
    });
    expect(uploadRefusal('page.html', new Uint8Array())?.problem).toBe('ce type de fichier (.html) n’est pas accepté');
    expect(uploadRefusal('LISEZMOI', new Uint8Array())?.problem).toBe('ce fichier n’a pas d’extension : son type est inconnu');
    expect(uploadRefusal('notes.docx', new TextEncoder().encode('alert(1)'))).toEqual({
      problem: 'son contenu n’est pas celui d’un fichier Word (DOCX), malgré son extension',
      fix: 'ouvrez-le dans le logiciel qui l’a créé, enregistrez-le de nouveau au format Word (DOCX) (ou exportez-le en PDF), puis téléversez-le de nouveau.',
    });
  });

  test('decides as well on the leading bytes a disk reader reads as on the whole file', () => {
    const files = [...shippedUploads().map((path) => join(root, 'public', path)), ...Object.keys(hostileUploads).map((name) => join(hostileDir, name))];
    let headOnly = 0;
    for (const path of files) {
      const bytes = readFileSync(path);
      const needed = uploadBytesNeeded(path);
      if (needed < bytes.length) headOnly++;
      expect(uploadRefusal(path, bytes.subarray(0, needed)), path).toEqual(uploadRefusal(path, bytes));
    }
    // Some sample files are longer than what is read of them: the shortcut is exercised.
    expect(headOnly).toBeGreaterThan(3);
    expect(uploadBytesNeeded('guide.pdf')).toBeLessThan(10_000);
    expect(uploadBytesNeeded('NOTES.DOCX')).toBe(Number.POSITIVE_INFINITY);
  });

  test('the extension decides whatever its case', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(uploadRefusal('GUIDE.PDF', pdf)).toBeUndefined();
    expect(uploadRefusal('image.SVG', pdf)?.problem).toContain('SVG');
  });
});

describe('readZipEntry', () => {
  const docx = readFileSync(join(root, 'public/fichiers/outils/gabarit-de-plan-de-retour-aux-etudes/gabarit-plan-retour-etudes.docx'));

  test('unpacks a compressed entry', () => {
    expect(new TextDecoder().decode(readZipEntry(docx, '[Content_Types].xml'))).toMatch(/^<\?xml .*<\/Types>$/s);
  });

  test('does not unpack an entry larger than allowed, nor read a missing one or a truncated archive', () => {
    expect(readZipEntry(docx, '[Content_Types].xml', 100)).toBeUndefined();
    expect(readZipEntry(docx, 'absent.xml')).toBeUndefined();
    expect(readZipEntry(docx.subarray(0, docx.length / 2), '[Content_Types].xml')).toBeUndefined();
    expect(readZipEntry(new Uint8Array(10), '[Content_Types].xml')).toBeUndefined();
  });
});

describe('the upload folders', () => {
  const folders = (fields: readonly Field[]): string[] =>
    fields.flatMap((field) =>
      field.widget === 'object' || field.widget === 'list' ? folders(field.fields) : field.widget === 'file' || field.widget === 'image' ? [field.folder] : [],
    );

  test('hold every folder a file or image field uploads to, and the CMS media folder', () => {
    const all = contentCollections.flatMap((spec) => folders(spec.fields));
    expect(all.length).toBeGreaterThan(0);
    for (const folder of all) expect(isUploadPath(`${folder}/x/y.pdf`), folder).toBe(true);
    const config = buildCmsConfig(readCmsSettings({}), readTaxonomyOptions(join(root, 'content')));
    expect(isUploadPath(`${config.public_folder}/y.png`)).toBe(true);
    expect(config.media_folder).toBe(`public${config.public_folder}`);
  });

  test('accept only the types the checker recognizes', () => {
    for (const extension of [...documentExtensions, ...imageExtensions]) expect(uploadRefusal(`x.${extension}`, new Uint8Array())?.problem).toContain('son contenu');
  });
});
