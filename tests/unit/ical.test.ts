import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFile, escapeText, foldLine, type CalendarEntry } from '../../src/lib/ical';
import { zonedInstant } from '../../src/lib/event-time';

/** A title and a description written to break a careless writer: accents, emoji, `\ ; ,`, line breaks, 300+ octets. */
const hostileTitle = 'Rencontre « Réussir ensemble » ; ateliers, café\\thé — 🎓👩🏽‍🏫 élèves de l’Abitibi-Témiscamingue et des Îles-de-la-Madeleine';
const hostileDescription = `Première ligne, avec virgule; point-virgule et barre \\ oblique.\nDeuxième ligne : ${'àéèêëîïôöùûüç'.repeat(8)}\r\nTroisième : 🧑‍🤝‍🧑🇶🇨 fin.`;

const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: 'rencontre-nationale@carrefour.example',
  stamp: new Date('2026-06-01T00:00:00Z'),
  schedule: { date: '2027-05-14', startTime: '09:00', endTime: '16:00' },
  occurrence: { date: '2027-05-14', startTime: '09:00', endTime: '16:00' },
  title: hostileTitle,
  description: hostileDescription,
  location: 'Salle 3, 1200, rue Saint-Philippe, Trois-Rivières',
  url: 'https://carrefour.example/rencontres/rencontre-nationale/',
  organizer: { name: 'La Boussole', email: 'info@laboussole.example' },
  categories: ['Persévérance scolaire', 'Mobilisation, concertation'],
  ...overrides,
});

/** Parses a calendar with ical.js, registering its VTIMEZONE so times convert to instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  test('keeps a line of 75 octets whole and folds the 76th onto a line starting with a space', () => {
    expect(foldLine('a'.repeat(75))).toEqual(['a'.repeat(75)]);
    expect(foldLine('a'.repeat(76))).toEqual(['a'.repeat(75), ' a']);
  });
  test('never splits a multi-byte character, and no physical line exceeds 75 octets', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'🎓'.repeat(30)}`;
    const lines = foldLine(line);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const physical of lines) {
      const bytes = new TextEncoder().encode(physical);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
      expect(physical).not.toContain('\uFFFD');
    }
    expect(lines.map((physical, i) => (i === 0 ? physical : physical.slice(1))).join('')).toBe(line);
    // 12 ASCII octets then 2-octet é: the first line ends on a whole character, one octet short of 75.
    expect(new TextEncoder().encode(lines[0]).length).toBe(74);
  });
});

describe('calendarFile', () => {
  test('ends every line with CRLF, folds at 75 octets and uses no bare LF', () => {
    const text = calendarFile([entry()], 'Rencontres');
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.split('\r\n').slice(0, -1);
    expect(physical.some((line) => line.includes('\n') || line.includes('\r'))).toBe(false);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
  });

  test('gives back the hostile title, description, location and categories unchanged once parsed by ical.js', () => {
    const { events } = parse(calendarFile([entry()], 'Rencontres'));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.summary).toBe(hostileTitle);
    expect(event!.description).toBe(hostileDescription.replace(/\r\n/g, '\n'));
    expect(event!.location).toBe('Salle 3, 1200, rue Saint-Philippe, Trois-Rivières');
    expect(event!.component.getFirstProperty('categories')!.getValues()).toEqual(['Persévérance scolaire', 'Mobilisation, concertation']);
    expect(event!.uid).toBe('rencontre-nationale@carrefour.example');
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://carrefour.example/rencontres/rencontre-nationale/');
    expect(String(event!.component.getFirstPropertyValue('organizer'))).toBe('mailto:info@laboussole.example');
  });

  test('places start and end in America/Toronto: 9 h in May is 13 h UTC, 9 h in January is 14 h UTC', () => {
    const { events } = parse(
      calendarFile(
        [
          entry(),
          entry({
            uid: 'hiver@x',
            schedule: { date: '2027-01-20', startTime: '09:00', endTime: '10:30' },
            occurrence: { date: '2027-01-20', startTime: '09:00', endTime: '10:30' },
          }),
        ],
        'Rencontres',
      ),
    );
    const [may, january] = events;
    expect(may!.startDate.zone?.tzid).toBe('America/Toronto');
    expect(may!.startDate.toJSDate().toISOString()).toBe('2027-05-14T13:00:00.000Z');
    expect(may!.endDate.toJSDate().toISOString()).toBe('2027-05-14T20:00:00.000Z');
    expect(january!.startDate.toJSDate().toISOString()).toBe('2027-01-20T14:00:00.000Z');
    expect(january!.startDate.toJSDate().getTime()).toBe(zonedInstant('2027-01-20', '09:00').getTime());
  });

  test('writes DTSTAMP in UTC from the publication date, so two builds write the same bytes', () => {
    const text = calendarFile([entry()], 'Rencontres');
    expect(text).toContain('\r\nDTSTAMP:20260601T000000Z\r\n');
    expect(calendarFile([entry()], 'Rencontres')).toBe(text);
  });

  test('starts a yearly event at the occurrence its page shows and repeats it by its rule, on the same weekday each year', () => {
    const schedule = { date: '2026-01-20', startTime: '12:00', endTime: '13:00', recurrence: 'annuelle' } as const;
    const text = calendarFile([entry({ schedule, occurrence: { date: '2027-01-19', startTime: '12:00', endTime: '13:00' } })], 'Rencontres');
    expect(text).toContain('\r\nRRULE:FREQ=YEARLY;BYMONTH=1;BYDAY=3TU\r\n');
    const [event] = parse(text).events;
    const iterator = event!.iterator();
    const starts = [iterator.next(), iterator.next(), iterator.next()].map((time) => time.toString());
    expect(starts).toEqual(['2027-01-19T12:00:00', '2028-01-18T12:00:00', '2029-01-16T12:00:00']);
  });

  test('ends a multi-day event without an end time when its last day ends, and leaves a one-day one without DTEND', () => {
    const { events } = parse(
      calendarFile(
        [
          entry({
            uid: 'a@x',
            schedule: { date: '2027-05-14', startTime: '09:00', endDate: '2027-05-15' },
            occurrence: { date: '2027-05-14', startTime: '09:00', endDate: '2027-05-15' },
          }),
          entry({ uid: 'b@x', schedule: { date: '2027-05-14', startTime: '19:00' }, occurrence: { date: '2027-05-14', startTime: '19:00' } }),
        ],
        'Rencontres',
      ),
    );
    expect(events[0]!.endDate.toString()).toBe('2027-05-16T00:00:00');
    expect(events[1]!.component.hasProperty('dtend')).toBe(false);
  });

  test('carries the calendar name and the VTIMEZONE once for several events', () => {
    const text = calendarFile([entry({ uid: 'a@x' }), entry({ uid: 'b@x' })], 'Carrefour, rencontres');
    const { calendar, events } = parse(text);
    expect(events.map((event) => event.uid)).toEqual(['a@x', 'b@x']);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    // ical.js keeps X- properties raw: the comma arrives escaped, as TEXT writes it.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Carrefour\\, rencontres');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});
