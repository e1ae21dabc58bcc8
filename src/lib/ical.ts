/**
 * iCalendar files (RFC 5545) for events: one per event and one for all. Lines end with CRLF and are folded
 * at 75 octets without cutting a UTF-8 character; TEXT values escape `\ ; ,` and line breaks; times are
 * local to America/Toronto (TZID), described by the VTIMEZONE every file carries.
 * @see https://www.rfc-editor.org/rfc/rfc5545
 */
import { eventTimeZone, rruleOf, yearlyRule, type EventSchedule, type Occurrence } from './event-time';
import { stripForbiddenCharacters } from './safety/characters';

/** What a calendar file says about one event. */
export interface CalendarEntry {
  /** Unique and stable across builds: `<slug>@<site host>`. */
  uid: string;
  /** When the information was published (DTSTAMP, in UTC). */
  stamp: Date;
  schedule: EventSchedule;
  /** The occurrence the page shows: DTSTART, so a calendar gets no past day (a yearly event's rule goes on from it). */
  occurrence: Occurrence;
  title: string;
  description: string;
  location?: string | undefined;
  /** The event's page on the site. */
  url: string;
  organizer?: { name: string; email: string } | undefined;
  categories: readonly string[];
}

const maxLineOctets = 75;
const encoder = new TextEncoder();

/**
 * Returns a TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`;
 * control characters, which a TEXT value may not hold, and the other characters src/lib/safety/characters.ts forbids are removed.
 */
export function escapeText(text: string): string {
  return stripForbiddenCharacters(text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n'));
}

/**
 * Returns a content line folded (RFC 5545 §3.1): no physical line longer than 75 octets, each continuation
 * starting with a space, and a character's UTF-8 bytes never split between two lines.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // A continuation line starts with a space, which counts in its 75 octets.
    const limit = lines.length === 0 ? maxLineOctets : maxLineOctets - 1;
    if (octets + size > limit) {
      lines.push(lines.length === 0 ? current : ` ${current}`);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(lines.length === 0 ? current : ` ${current}`);
  return lines;
}

/** Returns `AAAA-MM-JJ` and `HH:MM` as a local DATE-TIME: `20270514T090000`. */
function localDateTime(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/** Returns an instant as a UTC DATE-TIME: `20270101T000000Z`. */
function utcDateTime(instant: Date): string {
  return `${instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')}`;
}

/** Returns the day after `AAAA-MM-JJ`. */
function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Québec's clock since 2007 (EST/EDT, changes on the second Sunday of March and the first Sunday of
 * November at 2 h), as calendar programs need it to place TZID times.
 */
const torontoTimeZone = [
  'BEGIN:VTIMEZONE',
  `TZID:${eventTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'TZNAME:EDT',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'TZNAME:EST',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Returns the unfolded content lines of one VEVENT. */
function eventLines(entry: CalendarEntry): string[] {
  const { schedule, occurrence } = entry;
  const zoned = (name: string, date: string, time: string) => `${name};TZID=${eventTimeZone}:${localDateTime(date, time)}`;
  const lastDay = occurrence.endDate ?? occurrence.date;
  // Without an end time, a one-day event is a start only; a multi-day one ends when its last day does.
  const end = occurrence.endTime
    ? zoned('DTEND', lastDay, occurrence.endTime)
    : occurrence.endDate && occurrence.endDate !== occurrence.date
      ? zoned('DTEND', dayAfter(lastDay), '00:00')
      : undefined;
  return [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${utcDateTime(entry.stamp)}`,
    zoned('DTSTART', occurrence.date, occurrence.startTime),
    ...(end ? [end] : []),
    ...(schedule.recurrence === 'annuelle' ? [`RRULE:${rruleOf(yearlyRule(schedule.date))}`] : []),
    `SUMMARY:${escapeText(entry.title)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    `URL:${entry.url}`,
    ...(entry.organizer ? [`ORGANIZER;CN="${stripForbiddenCharacters(entry.organizer.name).replace(/["\r\n]/g, '')}":mailto:${entry.organizer.email}`] : []),
    ...(entry.categories.length > 0 ? [`CATEGORIES:${entry.categories.map(escapeText).join(',')}`] : []),
    'END:VEVENT',
  ];
}

/** Returns a whole iCalendar file (CRLF line ends, folded lines) with the time zone and each event. */
export function calendarFile(entries: readonly CalendarEntry[], name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ROCQLD//Carrefour des pratiques//FR',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${eventTimeZone}`,
    ...torontoTimeZone,
    ...entries.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}
