import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileExtension } from '../../src/lib/files';
import { root } from './site';

/** The hostile uploads (tests/fixtures/hostile-uploads/), each with the reason it must be refused. */
export const hostileUploadsDir = join(root, 'tests', 'fixtures', 'hostile-uploads');
export const hostileUploads: Record<string, 'svg' | 'type' | 'content'> = {
  'script-externe.svg': 'svg',
  'script-en-ligne.svg': 'svg',
  'page.html': 'type',
  'lisez-moi.js': 'type',
  'notes.docx': 'content',
  'guide.pdf': 'content',
  'photo.png': 'content',
  'classeur.xlsx': 'content',
  'document.odt': 'content',
  'macros.docx': 'content',
};

/** What a secret file of the build machine holds: it must never reach the output. */
export const machineSecret = 'SECRET-DE-LA-MACHINE-DE-CONSTRUCTION';

/** Paths of what `plantHostileUploads` put in place, relative to the public and content folders. */
export interface Planted {
  /** Hostile uploads, e.g. `fichiers/outils/piege/notes.docx`, `images/fiches/piege/photo.png`. */
  uploads: string[];
  /** The link under public/ to a secret file outside the repository. */
  publicLink: string;
  /** The link under content/ to a valid sheet outside the repository. */
  contentLink: string;
}

/**
 * Puts every hostile upload into an upload folder of `publicDir` (images among the images, the rest among
 * a tool's files), and makes two symbolic links pointing outside the repository, to files written in
 * `outside`: one among a tool's files, to a secret; one among the sheets, to a valid sheet.
 */
export function plantHostileUploads(publicDir: string, contentDir: string, outside: string): Planted {
  const images = new Set(['SVG', 'PNG']);
  const uploads = readdirSync(hostileUploadsDir)
    .sort()
    .map((name) => {
      const path = images.has(fileExtension(name)) ? `images/fiches/piege/${name}` : `fichiers/outils/piege/${name}`;
      mkdirSync(join(publicDir, path, '..'), { recursive: true });
      copyFileSync(join(hostileUploadsDir, name), join(publicDir, path));
      return path;
    });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), `${machineSecret}\n`);
  // A valid sheet whose title is the secret: a tool that follows the link would show it.
  const sheet = readFileSync(join(root, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
  writeFileSync(join(outside, 'fiche-externe.mdx'), sheet.replace(/^title: .*$/m, `title: ${machineSecret}`));
  const publicLink = 'fichiers/outils/piege/annexe.pdf';
  const contentLink = 'fiches/fiche-liee.mdx';
  symlinkSync(join(outside, 'secret.txt'), join(publicDir, publicLink));
  symlinkSync(join(outside, 'fiche-externe.mdx'), join(contentDir, contentLink));
  return { uploads, publicLink, contentLink };
}
