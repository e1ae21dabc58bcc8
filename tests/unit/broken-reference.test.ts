import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { publicFileSize, readLibraryFiles } from '../../scripts/lib/library-files';
import { validateLibrary } from '../../src/lib/validation/library';
import { formatProblem } from '../../src/lib/validation/problem';

const root = join(import.meta.dirname, '..', '..');
const sheet = 'content/fiches/mentorat-entre-pairs.mdx';

// In process (issue 25): the shipped library read as the validator and the build read it, one reference misspelled in memory.
describe('the shipped library with a misspelled reference', () => {
  test('is refused with a French message naming the file, the line, the field, the value and the likely fix', () => {
    const files = readLibraryFiles(root).map((file) => {
      if (file.path !== sheet) return file;
      const text = Buffer.from(file.bytes).toString('utf8');
      expect(text).toMatch(/^organization: trajectoire-jeunesse-saguenay$/m);
      return { ...file, bytes: Buffer.from(text.replace(/^organization: .*$/m, 'organization: trajectoire-jeunesse-saguenai')) };
    });
    const line = Buffer.from(files.find((file) => file.path === sheet)!.bytes)
      .toString('utf8')
      .split('\n')
      .findIndex((text) => text.startsWith('organization: '));

    const errors = validateLibrary(files, { fileSize: publicFileSize(root), now: new Date() }).problems.filter((problem) => problem.severity === 'error');

    expect(errors.map(formatProblem)).toEqual([
      `${sheet}:${line + 1} — champ « Organisme » (organization) : valeur inconnue « trajectoire-jeunesse-saguenai », qui devrait désigner un organisme (content/organismes/). Correction : Vouliez-vous dire « trajectoire-jeunesse-saguenay » ?`,
    ]);
  });
});
