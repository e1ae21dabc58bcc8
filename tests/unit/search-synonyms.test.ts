import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkSynonymsFile } from '../../src/lib/validation/synonyms';
import { validateLibrary } from '../../src/lib/validation/library';
import { formatProblem } from '../../src/lib/validation/problem';

const root = join(import.meta.dirname, '..', '..');
const path = 'content/recherche/synonymes.yml';
const encode = (text: string) => new TextEncoder().encode(text);
const messages = (text: string) => checkSynonymsFile(path, encode(text)).problems.map(formatProblem);

describe('the search’s synonym file', () => {
  test('the shipped file is valid, and its groups are what the search page receives', () => {
    const bytes = readFileSync(join(root, path));
    const { problems, groups } = checkSynonymsFile(path, bytes);
    expect(problems).toEqual([]);
    expect(groups).toEqual((parse(bytes.toString()) as { synonyms: { words: string[] }[] }).synonyms.map((group) => group.words));
    expect(groups.flat()).toEqual(expect.arrayContaining(['implication', 'engagement', 'décrochage', 'abandon scolaire', 'raccrochage', 'retour aux études']));
  });

  test('names the line, the word and the fix of each mistake, in French', () => {
    const text = ['synonyms:', '  - words: [décrochage, "site#web"]', '  - words: [Décrochages, de la]', '  - words: [seul]', '  - mots: [a, b]', ''].join('\n');
    expect(messages(text)).toEqual([
      `${path}:2 — champ « Mots équivalents » (words) : « site#web » contient autre chose que des lettres, des chiffres, des espaces, des traits d’union ou des apostrophes. Correction : Écrivez le mot ou l’expression comme un visiteur le taperait.`,
      `${path}:3 — champ « Mots équivalents » (words) : « Décrochages » est déjà dans le groupe n° 1. Correction : Chaque mot ne va que dans un groupe : réunissez les deux groupes, ou retirez ce doublon.`,
      `${path}:3 — champ « Mots équivalents » (words) : « de la » n’a que des petits mots (« de », « les »…), que la recherche ignore. Correction : Retirez-le, ou écrivez un mot qui a du sens seul.`,
      expect.stringMatching(/^content\/recherche\/synonymes\.yml:4 — champ « Mots équivalents » \(words\) : au moins 2 /),
      expect.stringMatching(/^content\/recherche\/synonymes\.yml:5 — champ « Mots équivalents » \(words\) : champ obligatoire absent/),
      `${path}:5 — en-tête : champ inconnu « mots ». Correction : Retirez cette ligne ; champs permis : words.`,
    ]);
  });

  test('says where the list is missing', () => {
    expect(messages('mots:\n  - a\n')).toEqual([
      `${path} — fichier : la liste « synonyms: » est introuvable. Correction : Commencez le fichier par la ligne « synonyms: », suivie d’un groupe « - words: » par série de mots équivalents.`,
    ]);
  });

  test('is checked with the rest of the library by `npm run validate`', () => {
    const files = [{ path, bytes: encode('synonyms:\n  - words: [parent, Parents]\n') }];
    const problems = validateLibrary(files, { fileSize: () => 1, now: new Date('2026-01-01') }).problems;
    expect(problems.map((problem) => problem.problem)).toEqual(['« Parents » est déjà dans le groupe n° 1']);
  });
});
