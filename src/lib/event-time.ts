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
  /** `annuelle`: the event comes back every year on the same weekday of the same week of its month (see `yearlyRule`). */
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

/** A yearly event's day: the `ordinal`-th `weekday` of `month` (1–12; weekday 0 is Sunday; ordinal -1 is the last one). */
export interface YearlyRule {
  month: number;
  weekday: number;
  ordinal: 1 | 2 | 3 | 4 | -1;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Returns the rule a yearly event's first day gives: its weekday and week of the month (2026-01-20, a
 * Tuesday, gives « the 3rd Tuesday of January »). A fifth weekday, which some years lack, becomes the last one.
 */
export function yearlyRule(date: string): YearlyRule {
  const day = parseIsoDate(date)!;
  const dayOfMonth = day.getUTCDate();
  const rank = Math.ceil(dayOfMonth / 7);
  return { month: day.getUTCMonth() + 1, weekday: day.getUTCDay(), ordinal: rank > 4 ? -1 : (rank as 1 | 2 | 3 | 4) };
}

/** Returns the day a rule gives in `year`, `AAAA-MM-JJ`. */
export function ruleDay(rule: YearlyRule, year: number): string {
  const first = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
  const firstMatch = 1 + ((rule.weekday - first + 7) % 7);
  const last = daysIn(year, rule.month);
  const dayOfMonth = rule.ordinal === -1 ? firstMatch + 7 * Math.floor((last - firstMatch) / 7) : firstMatch + 7 * (rule.ordinal - 1);
  return `${String(year).padStart(4, '0')}-${String(rule.month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** Returns the days between two dates `AAAA-MM-JJ`. */
function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / 86_400_000);
}

/** Returns `date` moved by `days`. */
function addDays(date: string, days: number): string {
  return new Date(parseIsoDate(date)!.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Returns the occurrence of a yearly schedule in `year`: its rule's day, the gap to its last day kept. */
function occurrenceIn(schedule: EventSchedule, year: number): Occurrence {
  const date = ruleDay(yearlyRule(schedule.date), year);
  const endDate = schedule.endDate === undefined ? undefined : addDays(date, daysBetween(schedule.date, schedule.endDate));
  return { date, startTime: schedule.startTime, endDate, endTime: schedule.endTime };
}

/**
 * Returns the occurrence a page shows on `now`: a one-off event's only one; for a yearly event, the first
 * one, from its first year on, that has not ended on `now` (the days RRULE:FREQ=YEARLY with its rule gives).
 */
export function currentOccurrence(schedule: EventSchedule, now: Date): Occurrence {
  const { date, startTime, endDate, endTime } = schedule;
  if (schedule.recurrence !== 'annuelle') return { date, startTime, endDate, endTime };
  const firstYear = Number(date.slice(0, 4));
  const nowYear = Number(new Date(wallClockMs(now.getTime())).toISOString().slice(0, 4));
  // The loop starts a year early for an occurrence that spans New Year.
  for (let year = Math.max(firstYear, nowYear - 1); ; year++) {
    const occurrence = year === firstYear ? { date, startTime, endDate, endTime } : occurrenceIn(schedule, year);
    if (endInstant(occurrence) > now) return occurrence;
  }
}

const rruleDays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** Returns a yearly rule as an iCalendar RRULE value: `FREQ=YEARLY;BYMONTH=1;BYDAY=3TU`. */
export function rruleOf(rule: YearlyRule): string {
  return `FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.ordinal}${rruleDays[rule.weekday]}`;
}

const ordinals = { 1: '1er', 2: '2e', 3: '3e', 4: '4e', [-1]: 'dernier' } as const;

/** Returns a yearly rule in words: « chaque année, le 3e mardi de janvier », « chaque année, le dernier jeudi d’octobre ». */
export function formatYearlyRule(rule: YearlyRule): string {
  const anyYear = new Date(Date.UTC(2001, rule.month - 1, 1)); // 2001-01-01 was a Monday: any year serves for the month's name.
  const month = monthFormat.format(anyYear);
  const weekday = weekdayFormat.format(new Date(Date.UTC(2001, 0, 7 + rule.weekday)));
  return `chaque année, le ${ordinals[rule.ordinal]} ${weekday} ${/^[aeiouéèêâîôû]/i.test(month) ? 'd’' : 'de '}${month}`;
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
