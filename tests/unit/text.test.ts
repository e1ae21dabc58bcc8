import { describe, expect, test } from 'vitest';
import { compareFrench, joinFrench, plural, readingMinutes } from '../../src/lib/text';
import { entryPath, editPath, slugify, taxonPath } from '../../src/lib/slugs';
import { fileExtension, fileFormatName, formatFileSize } from '../../src/lib/files';
import { closestValue, editDistance } from '../../src/lib/suggest';

describe('slugify', () => {
  test('drops accents, apostrophes and punctuation', () => {
    expect(slugify('L’Atelier des lettres : Québec!')).toBe('l-atelier-des-lettres-quebec');
    expect(slugify('  Gaspésie–Îles-de-la-Madeleine ')).toBe('gaspesie-iles-de-la-madeleine');
  });
});

describe('paths', () => {
  test('builds French URLs', () => {
    expect(entryPath('fiche', 'mentorat')).toBe('/pratiques/mentorat/');
    expect(entryPath('modele', 'x')).toBe('/modeles/x/');
    expect(taxonPath('audiences', 'parents')).toBe('/publics/parents/');
    expect(editPath('fiches', 'mentorat')).toBe('/admin/#/collections/fiches/entries/mentorat');
  });
});

describe('files', () => {
  test('names formats and sizes in French', () => {
    expect(fileExtension('/a/b.test.docx')).toBe('DOCX');
    expect(fileFormatName('/a/b.odt')).toBe('OpenDocument Texte (ODT)');
    expect(fileFormatName('/a/b.xyz')).toBe('XYZ');
    expect(formatFileSize(850)).toBe('850 octets');
    expect(formatFileSize(12_345)).toBe('12 Ko');
    expect(formatFileSize(1_450_000)).toBe('1,5 Mo');
  });
});

describe('text helpers', () => {
  test('joinFrench uses « et » before the last item', () => {
    expect(joinFrench(['a'])).toBe('a');
    expect(joinFrench(['a', 'b', 'c'])).toBe('a, b et c');
  });
  test('plural treats 0 and 1 as singular, as French does', () => {
    expect(plural(0, 'outil', 'outils')).toBe('0 outil');
    expect(plural(2, 'outil', 'outils')).toBe('2 outils');
    expect(plural(1500, 'fiche', 'fiches')).toBe('1\u00a0500 fiches');
  });
  test('compareFrench ignores accents and case', () => {
    expect(['Zoo', 'élan', 'Arbre'].sort(compareFrench)).toEqual(['Arbre', 'élan', 'Zoo']);
  });
  test('readingMinutes counts words at 200 a minute', () => {
    expect(readingMinutes('## Titre\n' + 'mot '.repeat(401))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('closestValue', () => {
  test('suggests a near spelling and nothing for a distant one', () => {
    expect(editDistance('chat', 'chats')).toBe(1);
    expect(closestValue('monteregi', ['montreal', 'monteregie'])).toBe('monteregie');
    expect(closestValue('gaspesie', ['gaspesie-iles-de-la-madeleine', 'estrie'])).toBe('gaspesie-iles-de-la-madeleine');
    expect(closestValue('zzzz', ['montreal', 'estrie'])).toBeUndefined();
  });
});
