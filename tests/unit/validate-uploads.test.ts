import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { publicFileSize, readLibraryFiles } from '../../scripts/lib/library-files';
import { uploadRefusal } from '../../src/lib/safety/uploads';
import { validateLibrary } from '../../src/lib/validation/library';
import { formatProblem } from '../../src/lib/validation/problem';
import { hostileUploadsDir, machineSecret, plantHostileUploads } from '../build/hostile-uploads';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'carrefour-uploads-'));
const copy = join(work, 'depot');
cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
cpSync(join(root, 'public'), join(copy, 'public'), { recursive: true });
const planted = plantHostileUploads(join(copy, 'public'), join(copy, 'content'), join(work, 'ailleurs'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const validate = () => validateLibrary(readLibraryFiles(copy), { fileSize: publicFileSize(copy), now: new Date('2026-01-15T12:00:00Z') });
const messages = validate()
  .problems.filter((problem) => problem.severity === 'error')
  .map(formatProblem);

describe('the validator on a copy of the library with hostile uploads and links', () => {
  test('names each hostile upload with what is wrong and how to fix it', () => {
    expect(planted.uploads.length).toBeGreaterThan(5);
    for (const path of planted.uploads) {
      const refusal = uploadRefusal(path, readFileSync(join(hostileUploadsDir, path.split('/').pop()!)))!;
      expect(messages).toContain(formatProblem({ severity: 'error', file: `public/${path}`, subject: 'fichier téléversé', ...refusal }));
    }
  });

  test('names each symbolic link, under public/ and under content/, without reading what it points to', () => {
    const link =
      'c’est un lien symbolique : la publication copierait le fichier vers lequel il pointe, qui peut se trouver hors du dépôt. Correction : Remplacez le lien par le fichier lui-même, ou retirez-le.';
    expect(messages).toContain(`public/${planted.publicLink} — fichier : ${link}`);
    expect(messages).toContain(`content/${planted.contentLink} — fichier : ${link}`);
    const read = readLibraryFiles(copy).filter((file) => file.symlink);
    expect(read.map((file) => [file.path, file.bytes.length])).toEqual([
      [`content/${planted.contentLink}`, 0],
      [`public/${planted.publicLink}`, 0],
    ]);
    expect(messages.join('\n')).not.toContain(machineSecret);
  });

  test('finds nothing else wrong: the shipped library’s own uploads pass', () => {
    const named = new Set([...planted.uploads, planted.publicLink].map((path) => `public/${path}`).concat(`content/${planted.contentLink}`));
    expect(messages.filter((message) => !named.has(message.split(' — ')[0]!))).toEqual([]);
  });
});
