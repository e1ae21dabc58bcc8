/**
 * Dates and times of events. Contributors write them as local wall time in Québec (America/Toronto):
 * a day `AAAA-MM-JJ` and a time `HH:MM`, never converted, so the file stays what was typed. These helpers
 * turn them into instants, find the next occurrence of a yearly event and write them in French.
 */
import { parseIsoDate } from './dates';

/** The time zone every event's wall time is read in. */
export const eventTimeZone = 'America/Toronto';

/** When an event happens, as its file says. */
export interface EventSchedule {
  /** First day, `AAAA-MM-JJ`. */
  date: string;
  /** Start time, `HH:MM`. */
  startTime: string;
  /** Last day when it lasts several days, `AAAA-MM-JJ`. */
  endDate?: string | undefined;
  /** End time, `HH:MM`. */
  endTime?: string | undefined;
  /** `annuelle`: the event comes back every year on the same month and day. */
  recurrence?: 'annuelle' | undefined;
}

/** One occurrence of an event: the schedule's days moved to a given year (same as the schedule for a one-off event). */
export type Occurrence = Pick<EventSchedule, 'date' | 'startTime' | 'endDate' | 'endTime'>;

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: eventTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Returns the wall-clock reading in Québec of an instant, as milliseconds of a UTC clock showing the same figures. */
function wallClockMs(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** Returns the offset of Québec's clock from UTC at an instant, in milliseconds (-4 h in summer, -5 h in winter). */
function offsetMs(instant: number): number {
  return wallClockMs(instant) - instant;
}

/** Returns the instant of a wall time in Québec (`AAAA-MM-JJ`, `HH:MM`). */
export function zonedInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at the first guess may differ from the offset at the answer near a clock change.
  const guess = wall - offsetMs(wall);
  return new Date(wall - offsetMs(guess));
}

/** Returns the day after `date` (`AAAA-MM-JJ`). */
function nextDay(date: string): string {
  const day = parseIsoDate(date)!;
  return new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** Returns the instant an occurrence ends: its end time, else the end of its last day. */
export function endInstant(occurrence: Occurrence): Date {
  const lastDay = occurrence.endDate ?? occurrence.date;
  return occurrence.endTime ? zonedInstant(lastDay, occurrence.endTime) : zonedInstant(nextDay(lastDay), '00:00');
}

/** Returns `date` moved to `year`, or undefined when that day does not exist (29 February of a common year). */
function inYear(date: string, year: number): string | undefined {
  const moved = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  return parseIsoDate(moved) ? moved : undefined;
}

/** Returns the occurrence of a schedule in `year` (its days moved, keeping the gap between them), or undefined when a day does not exist. */
function occurrenceIn(schedule: EventSchedule, year: number): Occurrence | undefined {
  const shift = year - Number(schedule.date.slice(0, 4));
  const date = inYear(schedule.date, year);
  const endDate = schedule.endDate === undefined ? undefined : inYear(schedule.endDate, Number(schedule.endDate.slice(0, 4)) + shift);
  if (!date || (schedule.endDate !== undefined && !endDate)) return undefined;
  return { date, startTime: schedule.startTime, endDate, endTime: schedule.endTime };
}

/**
 * Returns the occurrence a page shows on `now`: a one-off event's only one; for a yearly event, the first
 * one, from its first year on, that has not ended on `now` (as RRULE:FREQ=YEARLY counts them, skipping years
 * where the day does not exist).
 */
export function currentOccurrence(schedule: EventSchedule, now: Date): Occurrence {
  const { date, startTime, endDate, endTime } = schedule;
  if (schedule.recurrence !== 'annuelle') return { date, startTime, endDate, endTime };
  const firstYear = Number(date.slice(0, 4));
  const nowYear = Number(new Date(wallClockMs(now.getTime())).toISOString().slice(0, 4));
  // 29 February comes back within 8 years; the loop starts a year early for an occurrence that spans New Year.
  for (let year = Math.max(firstYear, nowYear - 1); year <= nowYear + 8; year++) {
    const occurrence = occurrenceIn(schedule, year);
    if (occurrence && endInstant(occurrence) > now) return occurrence;
  }
  return { date, startTime, endDate, endTime };
}

/** Returns whether an occurrence has not ended yet on `now`. */
export function isUpcoming(occurrence: Occurrence, now: Date): boolean {
  return endInstant(occurrence) > now;
}

const weekdayFormat = new Intl.DateTimeFormat('fr-CA', { weekday: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fr-CA', { month: 'long', timeZone: 'UTC' });

/** Returns a day as written in Québec, with its weekday: « jeudi 14 mai 2027 », « samedi 1er mars 2025 ». */
function formatDay(date: string): string {
  const day = parseIsoDate(date)!;
  const dayOfMonth = day.getUTCDate();
  return `${weekdayFormat.format(day)} ${dayOfMonth === 1 ? '1er' : dayOfMonth} ${monthFormat.format(day)} ${day.getUTCFullYear()}`;
}

/** Returns a time as written in Québec: « 9 h », « 13 h 30 ». */
function formatTime(time: string): string {
  const [hour, minute] = time.split(':') as [string, string];
  return minute === '00' ? `${Number(hour)} h` : `${Number(hour)} h ${minute}`;
}

/**
 * Returns when an occurrence happens, in French: « le jeudi 14 mai 2027, de 9 h à 16 h », « le jeudi
 * 14 mai 2027, à 9 h », « du jeudi 14 mai 2027, 9 h, au vendredi 15 mai 2027, 16 h ».
 */
export function formatOccurrence(occurrence: Occurrence): string {
  const { date, startTime, endDate, endTime } = occurrence;
  if (endDate && endDate !== date) {
    const end = endTime ? `${formatDay(endDate)}, ${formatTime(endTime)}` : formatDay(endDate);
    return `du ${formatDay(date)}, ${formatTime(startTime)}, au ${end}`;
  }
  return endTime ? `le ${formatDay(date)}, de ${formatTime(startTime)} à ${formatTime(endTime)}` : `le ${formatDay(date)}, à ${formatTime(startTime)}`;
}

/** Returns the `datetime` attribute of an occurrence's start: `2027-05-14T09:00-04:00`. */
export function startAttribute(occurrence: Occurrence): string {
  const instant = zonedInstant(occurrence.date, occurrence.startTime).getTime();
  const offset = offsetMs(instant) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${occurrence.date}T${occurrence.startTime}${sign}${hours}:${minutes}`;
}
