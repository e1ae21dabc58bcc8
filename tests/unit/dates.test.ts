import { describe, expect, test } from 'vitest';
import { formatDate, isOlderThan, parseIsoDate, toIsoDate } from '../../src/lib/dates';

describe('parseIsoDate', () => {
  test('returns the UTC date of a real day', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  test('returns undefined for an impossible day or another format', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('12/03/2024')).toBeUndefined();
  });
});

describe('formatDate', () => {
  test('writes dates the Québec French way, whatever the time zone', () => {
    expect(formatDate(new Date('2024-03-01'))).toBe('1 mars 2024');
    expect(formatDate(new Date('2025-12-31'))).toBe('31 décembre 2025');
  });
});

describe('toIsoDate', () => {
  test('returns AAAA-MM-JJ', () => {
    expect(toIsoDate(new Date('2024-03-01'))).toBe('2024-03-01');
  });
});

describe('isOlderThan', () => {
  test('compares against a number of years before now', () => {
    const now = new Date('2026-11-28');
    expect(isOlderThan(new Date('2023-11-27'), 3, now)).toBe(true);
    expect(isOlderThan(new Date('2023-11-29'), 3, now)).toBe(false);
  });
});
