import { describe, expect, test } from 'vitest';
import { nearestWords, vocabulary } from '../../src/lib/search-suggest';

describe('vocabulary', () => {
  test('keeps meaningful words once (first form seen), most frequent first, without little words or short ones', () => {
    expect(vocabulary(['Les cafés-rencontres des parents', 'Parents et écoles', 'Un café'])).toEqual(['cafés', 'parents', 'écoles', 'rencontres']);
  });
});

describe('nearestWords', () => {
  const words = vocabulary(['mentorat entre pairs', 'persévérance scolaire', 'lecture en famille', 'parents ados', 'garderie', 'stages en entreprise']);

  test('offers a word that starts like the typed one: « mentoring » → « mentorat »', () => {
    expect(nearestWords('mentoring', words)).toEqual(['mentorat']);
  });

  test('offers a word a letter or two away: « lectur » → « lecture », « famile » → « famille »', () => {
    expect(nearestWords('lectur', words)).toContain('lecture');
    expect(nearestWords('famile', words)).toContain('famille');
  });

  test('offers nothing for a word far from every word of the library', () => {
    expect(nearestWords('garçons', words)).toEqual([]);
  });

  test('never offers the typed word again, whatever its accents or plural', () => {
    expect(nearestWords('Stage', words)).not.toContain('stages');
  });
});
