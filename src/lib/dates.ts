/** Returns the UTC date written as `AAAA-MM-JJ`, or undefined when the text is not a real date. */
export function parseIsoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isSameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDay ? date : undefined;
}

const longFormat = new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Returns a date as readers in Québec write it, e.g. « 12 mars 2024 ». */
export function formatDate(date: Date): string {
  return longFormat.format(date);
}

/** Returns the `AAAA-MM-JJ` form used in `<time datetime>` and in open data. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Returns whether `date` is more than `years` years before `now`. */
export function isOlderThan(date: Date, years: number, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return date < limit;
}
