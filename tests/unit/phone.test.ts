import { describe, expect, test } from 'vitest';
import { telHref } from '../../src/lib/phone';

describe('telHref', () => {
  test('dials a Québec number from anywhere, with its extension', () => {
    expect(telHref('418 555-0119')).toBe('tel:+14185550119');
    expect(telHref('(819) 555-0128, poste 22')).toBe('tel:+18195550128;ext=22');
    expect(telHref('1 800 555-0100 #4')).toBe('tel:+18005550100;ext=4');
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
  });
});
