import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { similarTitleGroups, titleKey } from '../../src/lib/duplicates';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary, type SourceFile } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';

const root = join(import.meta.dirname, '..', '..');
const shipped = readLibraryFiles(root);
const textOf = (path: string) => new TextDecoder().decode(shipped.find((file) => file.path === path)!.bytes);
const sheet = textOf('content/fiches/mentorat-entre-pairs.mdx');

/** Validates the shipped library plus one copy of a sheet titled `title`; returns the title warnings, formatted. */
function titleWarnings(title: string, folder = 'fiches'): string[] {
  const copy = `content/${folder}/copie.mdx`;
  const files: SourceFile[] = [...shipped, { path: copy, bytes: new TextEncoder().encode(sheet.replace(/^title: .*$/m, `title: ${title}`)) }];
  const { problems } = validateLibrary(files, { fileSize: () => 1000, now: new Date('2026-01-15T12:00:00Z') });
  return problems.filter((p) => p.subject.includes('(title)')).map(formatProblem);
}

describe('titleKey', () => {
  test('ignores case, accents, punctuation and spacing, and keeps letters and digits', () => {
    expect(titleKey('Cafés-rencontres : parents/ados !')).toBe(titleKey('cafes rencontres parents ados'));
    expect(titleKey('L’Atelier 2')).toBe('l atelier 2');
    expect(titleKey('Atelier 2')).not.toBe(titleKey('Atelier 3'));
  });

  test('groups only the titles that share a key', () => {
    const items = [{ title: 'Un jardin' }, { title: 'Autre' }, { title: 'UN JARDIN.' }];
    expect(similarTitleGroups(items)).toEqual([[items[0], items[2]]]);
  });
});

describe('validate flags titles a reader could not tell apart', () => {
  test('an exact duplicate title is a warning on both sheets', () => {
    expect(titleWarnings('Mentorat entre pairs au secondaire')).toEqual([
      'content/fiches/copie.mdx:2 — champ « Titre » (title) : même titre que content/fiches/mentorat-entre-pairs.mdx (« Mentorat entre pairs au secondaire »). Correction : Donnez à chaque contenu un titre qui le distingue, ou fusionnez-les s’ils décrivent la même chose.',
      'content/fiches/mentorat-entre-pairs.mdx:2 — champ « Titre » (title) : même titre que content/fiches/copie.mdx (« Mentorat entre pairs au secondaire »). Correction : Donnez à chaque contenu un titre qui le distingue, ou fusionnez-les s’ils décrivent la même chose.',
    ]);
  });

  test('a title differing only by case, accents or punctuation is named as such', () => {
    const [warning] = titleWarnings('MENTORAT entre pairs, au secondaire !');
    expect(warning).toContain('content/fiches/copie.mdx:2');
    expect(warning).toContain(
      'titre presque identique à celui de content/fiches/mentorat-entre-pairs.mdx (« Mentorat entre pairs au secondaire ») : seuls la casse, les accents ou la ponctuation diffèrent',
    );
  });

  test('a title that differs by a word is not flagged', () => {
    expect(titleWarnings('Mentorat entre pairs au primaire')).toEqual([]);
  });
});
