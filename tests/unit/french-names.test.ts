import { describe, expect, test } from 'vitest';
import { articleMismatch, withPreposition } from '../../src/lib/french-names';
import { organizationProblems } from '../../src/lib/organization-checks';
import { formatProblem } from '../../src/lib/validation/problem';
import { buildLibrary } from '../../src/lib/library';
import { anySize, sampleRaw } from './fixtures';

describe('withPreposition', () => {
  test('contracts « à le » into « au » and « de le » into « du », dropping the article from the name', () => {
    expect(withPreposition('à', { name: 'Le Pont', article: 'le' })).toBe('au Pont');
    expect(withPreposition('de', { name: 'Le Pont', article: 'le' })).toBe('du Pont');
  });

  test('contracts « à les » into « aux » and « de les » into « des »', () => {
    expect(withPreposition('à', { name: 'Les Ateliers du quartier', article: 'les' })).toBe('aux Ateliers du quartier');
    expect(withPreposition('de', { name: 'Les Ateliers du quartier', article: 'les' })).toBe('des Ateliers du quartier');
  });

  test('keeps « la » and « l’ », which do not contract, as the name writes them', () => {
    expect(withPreposition('à', { name: 'La Boussole', article: 'la' })).toBe('à La Boussole');
    expect(withPreposition('de', { name: 'L’Atelier des lettres', article: 'l’' })).toBe('de L’Atelier des lettres');
  });

  test('elides « de » before a vowel when the name has no article, and leaves other names alone', () => {
    expect(withPreposition('de', { name: 'Alliance jeunesse' })).toBe('d’Alliance jeunesse');
    expect(withPreposition('de', { name: 'Écoles ouvertes' })).toBe('d’Écoles ouvertes');
    expect(withPreposition('à', { name: 'Alliance jeunesse' })).toBe('à Alliance jeunesse');
    expect(withPreposition('de', { name: 'Cap Réussite' })).toBe('de Cap Réussite');
  });

  test('writes a name that does not start with its stated article as it is, never « au pont » from « Lepont »', () => {
    expect(withPreposition('à', { name: 'Lepont', article: 'le' })).toBe('à Lepont');
    expect(withPreposition('de', { name: 'Pont', article: 'le' })).toBe('de Pont');
  });
});

describe('articleMismatch', () => {
  test('accepts a name that starts with its article, typographic or straight apostrophe', () => {
    expect(articleMismatch({ name: 'Le Pont', article: 'le' })).toBeUndefined();
    expect(articleMismatch({ name: "L'Atelier", article: 'l’' })).toBeUndefined();
    expect(articleMismatch({ name: 'Cap Réussite' })).toBeUndefined();
  });

  test('says, in French, which name does not start with which article', () => {
    expect(articleMismatch({ name: 'Pont', article: 'le' })).toBe('le nom « Pont » ne commence pas par l’article « le »');
  });
});

describe('organizationProblems', () => {
  test('names the file, the field and the fix when the name does not start with its article', () => {
    const [problem, ...rest] = organizationProblems('content/organismes/pont.yml', { name: 'Pont', article: 'le' }, () => 2);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      'content/organismes/pont.yml:2 — champ « Article du nom » (article) : le nom « Pont » ne commence pas par l’article « le ». Correction : Retirez l’« Article du nom » si le nom n’en a pas, ou écrivez le nom avec son article (« Le Pont »).',
    );
  });

  test('finds nothing to fix in a name with its article, or without any', () => {
    expect(organizationProblems('a.yml', { name: 'Le Pont', article: 'le' })).toEqual([]);
    expect(organizationProblems('a.yml', { name: 'Cap Réussite' })).toEqual([]);
  });

  test('stops the build with that problem, so nothing is published half-done', () => {
    const raw = sampleRaw();
    const org = raw.entries.organisme[0]!;
    raw.entries.organisme[0] = { ...org, data: { ...org.data, article: 'les' } };
    expect(() => buildLibrary(raw, anySize)).toThrow(/ne commence pas par l’article « les »/);
  });
});
