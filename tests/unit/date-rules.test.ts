import { describe, expect, test } from 'vitest';
import { checkTypedDate, dateOrderProblem, datePlausibilityProblem, latestDate, localToday, readIsoDate, readTypedDate } from '../../src/lib/dates';
import { objectSchema } from '../../src/schema/to-zod';
import { fiches } from '../../src/schema/collections';
import { join } from 'node:path';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';

const now = new Date('2026-12-02T13:00:00Z');

describe('readTypedDate', () => {
  test('keeps AAAA-MM-JJ and converts jj/mm/aaaa, whatever the browser’s language', () => {
    expect(readTypedDate('2025-03-15')).toEqual({ iso: '2025-03-15' });
    expect(readTypedDate(' 15/03/2025 ')).toEqual({ iso: '2025-03-15' });
    expect(readTypedDate('5/3/2025')).toEqual({ iso: '2025-03-05' });
    expect(readTypedDate('15.03.2025')).toEqual({ iso: '2025-03-15' });
  });
  test('refuses an impossible day instead of rolling it over', () => {
    expect(readTypedDate('2019-02-30').problem?.problem).toBe('le 2019-02-30 n’existe pas au calendrier');
    expect(readTypedDate('30/02/2019').problem?.problem).toBe('le 2019-02-30 n’existe pas au calendrier');
    expect(readTypedDate('2024-02-29')).toEqual({ iso: '2024-02-29' });
  });
  test('refuses other forms with an example', () => {
    for (const text of ['03/15/2025x', '2025-3-15', 'mars 2025', '', '15/03/25']) {
      expect(readTypedDate(text).problem?.fix).toContain('2025-03-15');
    }
  });
});

describe('readIsoDate', () => {
  test('accepts only AAAA-MM-JJ, the form files use', () => {
    expect(readIsoDate('2024-03-12')).toEqual({ iso: '2024-03-12' });
    expect(readIsoDate('12/03/2024').problem?.problem).toBe('« 12/03/2024 » n’est pas une date sous la forme AAAA-MM-JJ');
  });
});

describe('datePlausibilityProblem', () => {
  test('allows 1990-01-01 up to one year after today', () => {
    expect(latestDate(now)).toBe('2027-12-02');
    expect(datePlausibilityProblem('1990-01-01', now)).toBeUndefined();
    expect(datePlausibilityProblem('2027-12-02', now)).toBeUndefined();
  });
  test('refuses earlier and later dates, saying why', () => {
    expect(datePlausibilityProblem('1989-12-31', now)?.problem).toBe('le 1989-12-31 est avant le 1990-01-01');
    expect(datePlausibilityProblem('2027-12-03', now)).toEqual({
      problem: 'le 2027-12-03 est à plus d’un an d’aujourd’hui',
      fix: 'vérifiez l’année : la date ne peut pas dépasser le 2027-12-02.',
    });
  });
  test('checkTypedDate combines reading and plausibility', () => {
    expect(checkTypedDate('15/03/2025', now)).toEqual({ iso: '2025-03-15' });
    expect(checkTypedDate('1985-01-01', now).problem?.problem).toBe('le 1985-01-01 est avant le 1990-01-01');
  });
});

describe('dateOrderProblem', () => {
  const published = { label: 'Date de publication', iso: '2024-03-12' };
  test('accepts a review on or after the publication', () => {
    expect(dateOrderProblem({ label: 'Dernière révision', iso: '2024-03-12' }, published)).toBeUndefined();
    expect(dateOrderProblem({ label: 'Dernière révision', iso: '2025-01-01' }, published)).toBeUndefined();
  });
  test('refuses a review before the publication, naming both fields', () => {
    expect(dateOrderProblem({ label: 'Dernière révision', iso: '2024-03-11' }, published)).toEqual({
      problem: 'la date « Dernière révision » (2024-03-11) précède la date « Date de publication » (2024-03-12)',
      fix: 'mettez une date égale ou postérieure au 2024-03-12.',
    });
  });
});

describe('localToday', () => {
  test('writes the local date as AAAA-MM-JJ', () => {
    expect(localToday(new Date(2025, 2, 5, 23, 30))).toBe('2025-03-05');
  });
});

describe('the sheet schema (build and validator)', () => {
  const schema = objectSchema(fiches.fields.filter((field) => field.widget === 'date'));
  const issues = (data: Record<string, unknown>) => (schema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  test('accepts the dates of the sample content, as text or as YAML dates', () => {
    expect(issues({ published: '2024-03-12', reviewed: '2025-06-02' })).toEqual([]);
    expect(issues({ published: new Date('2024-03-12'), reviewed: new Date('2024-03-12') })).toEqual([]);
  });
  test('refuses an implausible date with the French message', () => {
    expect(issues({ published: '1985-01-01', reviewed: '2025-06-02' })).toEqual([
      'published: « Date de publication » (published) : le 1985-01-01 est avant le 1990-01-01 ; vérifiez l’année : les contenus de la bibliothèque datent de 1990 ou après.',
    ]);
    const nextYear = new Date().getUTCFullYear() + 2;
    expect(issues({ published: '2024-03-12', reviewed: `${nextYear}-01-01` })[0]).toContain(
      `reviewed: « Dernière révision » (reviewed) : le ${nextYear}-01-01 est à plus d’un an d’aujourd’hui`,
    );
  });
  test('refuses a review before the publication, at the review field', () => {
    expect(issues({ published: '2024-03-12', reviewed: '2023-01-01' })).toEqual([
      'reviewed: « Dernière révision » (reviewed) : la date « Dernière révision » (2023-01-01) précède la date « Date de publication » (2024-03-12) ; mettez une date égale ou postérieure au 2024-03-12.',
    ]);
  });
});

describe('the content validator', () => {
  const shipped = readLibraryFiles(join(import.meta.dirname, '..', '..'));
  const path = 'content/fiches/mentorat-entre-pairs.mdx';
  const sheet = new TextDecoder().decode(shipped.find((file) => file.path === path)!.bytes);
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
  const errorsWith = (text: string) => {
    const files = [...shipped.filter((file) => file.path !== path), { path, bytes: new TextEncoder().encode(text) }];
    return validateLibrary(files, { fileSize: () => 1000, now: new Date() })
      .problems.filter((p) => p.file === path && p.severity === 'error')
      .map(formatProblem);
  };

  test('reports a review before the publication at the review’s line, in its French format', () => {
    const text = sheet.replace(/^reviewed: .*$/m, 'reviewed: 2020-01-01');
    expect(errorsWith(text)).toEqual([
      `${path}:${lineOf(text, 'reviewed:')} — champ « Dernière révision » (reviewed) : la date « Dernière révision » (2020-01-01) précède la date « Date de publication » (2022-05-10). Correction : Mettez une date égale ou postérieure au 2022-05-10.`,
    ]);
  });

  test('reports a date before 1990 at its line', () => {
    const text = sheet.replace(/^published: .*$/m, 'published: 1985-01-01');
    expect(errorsWith(text)).toEqual([
      `${path}:${lineOf(text, 'published:')} — champ « Date de publication » (published) : le 1985-01-01 est avant le 1990-01-01. Correction : Vérifiez l’année : les contenus de la bibliothèque datent de 1990 ou après.`,
    ]);
  });
});
