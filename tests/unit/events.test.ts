import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  currentOccurrence,
  endInstant,
  formatOccurrence,
  formatYearlyRule,
  isUpcoming,
  rruleOf,
  ruleDay,
  startAttribute,
  yearlyRule,
  zonedInstant,
  type EventSchedule,
} from '../../src/lib/event-time';
import { splitByDate, type CalendarEvent } from '../../src/lib/events';
import { eventProblems } from '../../src/lib/event-checks';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary, type SourceFile } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';

describe('zonedInstant', () => {
  test('reads wall time in Québec: UTC-4 in summer, UTC-5 in winter', () => {
    expect(zonedInstant('2027-05-14', '09:00').toISOString()).toBe('2027-05-14T13:00:00.000Z');
    expect(zonedInstant('2027-01-20', '12:00').toISOString()).toBe('2027-01-20T17:00:00.000Z');
  });
  test('follows the clock change days (second Sunday of March, first Sunday of November)', () => {
    expect(zonedInstant('2027-03-14', '01:30').toISOString()).toBe('2027-03-14T06:30:00.000Z');
    expect(zonedInstant('2027-03-14', '03:30').toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(zonedInstant('2027-11-07', '12:00').toISOString()).toBe('2027-11-07T17:00:00.000Z');
  });
});

describe('formatOccurrence', () => {
  test('writes a day with its weekday and the hours the Québec way', () => {
    expect(formatOccurrence({ date: '2027-05-14', startTime: '09:00', endTime: '16:00' })).toBe('le vendredi 14 mai 2027, de 9 h à 16 h');
    expect(formatOccurrence({ date: '2027-01-20', startTime: '12:00', endTime: '13:30' })).toBe('le mercredi 20 janvier 2027, de 12 h à 13 h 30');
  });
  test('writes « 1er » for the first day of a month and « à » without an end time', () => {
    expect(formatOccurrence({ date: '2027-04-01', startTime: '19:00' })).toBe('le jeudi 1er avril 2027, à 19 h');
  });
  test('writes both days of an event that lasts several days', () => {
    expect(formatOccurrence({ date: '2027-05-13', startTime: '09:00', endDate: '2027-05-14', endTime: '16:00' })).toBe('du jeudi 13 mai 2027, 9 h, au vendredi 14 mai 2027, 16 h');
  });
  test('gives the start with its offset for <time datetime>', () => {
    expect(startAttribute({ date: '2027-05-14', startTime: '09:00' })).toBe('2027-05-14T09:00-04:00');
    expect(startAttribute({ date: '2027-12-01', startTime: '13:30' })).toBe('2027-12-01T13:30-05:00');
  });
});

describe('currentOccurrence and isUpcoming', () => {
  const yearly: EventSchedule = { date: '2025-10-15', startTime: '09:00', endTime: '16:30', recurrence: 'annuelle' };
  const oneOff: EventSchedule = { date: '2025-11-12', startTime: '13:30', endTime: '16:00' };

  test('keeps a one-off event on its day, upcoming until it ends, past after', () => {
    expect(currentOccurrence(oneOff, new Date('2030-01-01'))).toMatchObject({ date: '2025-11-12' });
    expect(isUpcoming(oneOff, zonedInstant('2025-11-12', '15:59'))).toBe(true);
    expect(isUpcoming(oneOff, zonedInstant('2025-11-12', '16:00'))).toBe(false);
  });

  test('moves a yearly event to its next occurrence, the same weekday of the same week of its month, so it is always upcoming', () => {
    // 2025-10-15 is the 3rd Wednesday of October.
    for (const [now, expected] of [
      ['2025-01-01T00:00:00Z', '2025-10-15'],
      ['2026-10-21T12:00:00Z', '2026-10-21'], // during the meeting: still today's
      ['2026-10-21T21:00:00Z', '2027-10-20'], // 17 h in Québec: over, next year's
      ['2031-12-31T23:00:00Z', '2032-10-20'],
    ] as const) {
      const occurrence = currentOccurrence(yearly, new Date(now));
      expect(occurrence.date, now).toBe(expected);
      expect(new Date(`${occurrence.date}T12:00Z`).getUTCDay(), now).toBe(3);
      expect(isUpcoming(occurrence, new Date(now)), now).toBe(true);
    }
  });

  test('never announces a yearly event before its first edition', () => {
    expect(currentOccurrence(yearly, new Date('2020-06-01')).date).toBe('2025-10-15');
  });

  test('turns a fifth weekday into the last one, which every year has', () => {
    const leap: EventSchedule = { date: '2024-02-29', startTime: '10:00', recurrence: 'annuelle' };
    expect(yearlyRule('2024-02-29')).toEqual({ month: 2, weekday: 4, ordinal: -1 });
    expect(currentOccurrence(leap, new Date('2024-03-01T04:59:00Z')).date).toBe('2024-02-29'); // still 29 February in Québec
    expect(currentOccurrence(leap, new Date('2024-03-01T05:00:00Z')).date).toBe('2025-02-27');
  });

  test('keeps the length of a yearly event that lasts several days', () => {
    const twoDays: EventSchedule = { date: '2025-12-31', startTime: '09:00', endDate: '2026-01-01', endTime: '12:00', recurrence: 'annuelle' };
    expect(currentOccurrence(twoDays, new Date('2026-06-01'))).toMatchObject({ date: '2026-12-30', endDate: '2026-12-31' });
  });

  test('ends an event without an end time at the end of its last day in Québec', () => {
    expect(endInstant({ date: '2027-05-14', startTime: '19:00' }).toISOString()).toBe('2027-05-15T04:00:00.000Z');
  });
});

describe('yearly rules', () => {
  test('reads the rule from the first day and gives its day in any year', () => {
    const rule = yearlyRule('2026-01-20'); // a Tuesday, the 3rd of January 2026
    expect(rule).toEqual({ month: 1, weekday: 2, ordinal: 3 });
    expect(['2026', '2027', '2028', '2031'].map((year) => ruleDay(rule, Number(year)))).toEqual(['2026-01-20', '2027-01-19', '2028-01-18', '2031-01-21']);
    expect(ruleDay({ month: 10, weekday: 4, ordinal: -1 }, 2026)).toBe('2026-10-29');
  });

  test('states the rule in words and as the RRULE that repeats it', () => {
    expect(formatYearlyRule(yearlyRule('2026-01-20'))).toBe('chaque année, le 3e mardi de janvier');
    expect(formatYearlyRule(yearlyRule('2026-10-01'))).toBe('chaque année, le 1er jeudi d’octobre');
    expect(formatYearlyRule(yearlyRule('2026-04-30'))).toBe('chaque année, le dernier jeudi d’avril');
    expect(rruleOf(yearlyRule('2026-01-20'))).toBe('FREQ=YEARLY;BYMONTH=1;BYDAY=3TU');
    expect(rruleOf(yearlyRule('2026-04-30'))).toBe('FREQ=YEARLY;BYMONTH=4;BYDAY=-1TH');
  });
});

describe('splitByDate', () => {
  const event = (slug: string, date: string, upcoming: boolean) => ({ slug, title: slug, upcoming, occurrence: { date, startTime: '09:00' } }) as CalendarEvent;
  test('lists upcoming events soonest first and past ones latest first', () => {
    const { upcoming, past } = splitByDate([
      event('b', '2027-05-01', true),
      event('old', '2024-01-01', false),
      event('a', '2027-01-20', true),
      event('recent', '2026-03-18', false),
    ]);
    expect(upcoming.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(past.map((e) => e.slug)).toEqual(['recent', 'old']);
  });
});

describe('eventProblems', () => {
  const base = { format: 'en-personne', date: '2027-05-14', startTime: '09:00', place: { venue: 'Salle' } };
  const lines = (data: Record<string, unknown>) => eventProblems('content/rencontres/x.mdx', data, () => 7).map(formatProblem);

  test('accepts an event whose fields agree', () => {
    expect(lines({ ...base, endTime: '16:00' })).toEqual([]);
    expect(lines({ ...base, endDate: '2027-05-15', endTime: '08:00' })).toEqual([]);
  });
  test('refuses an end time before or at the start on the same day, naming file, line, field and fix', () => {
    expect(lines({ ...base, endTime: '08:30' })).toEqual([
      'content/rencontres/x.mdx:7 — champ « Heure de fin » (endTime) : la rencontre finirait à 08:30, avant l’heure où elle commence (09:00), le même jour. Correction : Mettez une heure de fin après 09:00, ou une « Date de fin » si la rencontre se termine un autre jour.',
    ]);
    expect(lines({ ...base, endTime: '09:00' })[0]).toContain('à l’heure où elle commence');
  });
  test('refuses an event online or hybrid without a link, and in person or hybrid without a place', () => {
    expect(lines({ ...base, format: 'en-ligne', place: undefined })).toEqual([
      'content/rencontres/x.mdx:7 — champ « Lien de la rencontre en ligne » (onlineLink) : une rencontre en ligne sans lien pour s’y joindre. Correction : Ajoutez l’adresse de la visioconférence (https://…), ou choisissez la formule « En personne ».',
    ]);
    expect(lines({ ...base, format: 'hybride', place: undefined }).map((line) => line.split(' — ')[1]!.split(' :')[0])).toEqual([
      'champ « Lien de la rencontre en ligne » (onlineLink)',
      'champ « Lieu » (place)',
    ]);
  });
});

describe('npm run validate on events', () => {
  const root = join(import.meta.dirname, '..', '..');
  const shipped = readLibraryFiles(root);
  const path = 'content/rencontres/table-regionale-stages-abitibi.mdx';
  const source = new TextDecoder().decode(shipped.find((file) => file.path === path)!.bytes);
  const problemsWith = (text: string) => {
    const files: SourceFile[] = [...shipped.filter((file) => file.path !== path), { path, bytes: new TextEncoder().encode(text) }];
    return validateLibrary(files, { fileSize: () => 1000, now: new Date('2026-01-15T12:00:00Z') })
      .problems.filter((problem) => problem.file === path)
      .map(formatProblem);
  };

  test('finds nothing to fix in the shipped events', () => {
    const events = shipped.filter((file) => file.path.startsWith('content/rencontres/'));
    expect(events).toHaveLength(4);
    const files = validateLibrary(shipped, { fileSize: () => 1000, now: new Date('2026-01-15T12:00:00Z') }).problems.filter((p) => p.file.startsWith('content/rencontres/'));
    expect(files.map(formatProblem)).toEqual([]);
  });

  test('names the line of an end time before the start', () => {
    const lines = problemsWith(source.replace('endTime: 16:00', 'endTime: 11:00'));
    const line = source.split('\n').findIndex((text) => text.startsWith('endTime:')) + 1;
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${path}:${line} — champ « Heure de fin » \\(endTime\\) : la rencontre finirait à 11:00`))]);
  });

  test('explains an unparsable time and an impossible date in French', () => {
    const lines = problemsWith(source.replace('startTime: 13:30', 'startTime: 13h30').replace('date: 2025-11-12', 'date: 2025-11-31'));
    expect(lines.some((line) => line.includes('« Heure de début » (startTime)') && line.includes('HH:MM, par exemple 09:00 ou 13:30'))).toBe(true);
    expect(lines.some((line) => line.includes('« Date » (date)') && line.includes('le 2025-11-31 n’existe pas au calendrier'))).toBe(true);
  });

  test('refuses an end date before the start date', () => {
    const lines = problemsWith(source.replace('endTime: 16:00', 'endDate: 2025-11-10\nendTime: 16:00'));
    expect(lines.some((line) => line.includes('« Date de fin » (endDate)') && line.includes('précède la date « Date »'))).toBe(true);
  });

  test('refuses an online event without its link', () => {
    const lines = problemsWith(source.replace('format: en-personne', 'format: en-ligne'));
    expect(lines.some((line) => line.includes('(onlineLink) : une rencontre en ligne sans lien'))).toBe(true);
  });
});
