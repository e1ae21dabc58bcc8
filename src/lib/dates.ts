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

/* Rules for the dates contributors write (publication, last review), shared by the CMS form and the validator. */

/** What is wrong with a date and how to fix it, in French, without the field's name. */
export interface DateProblem {
  /** What is wrong, without a final period. */
  problem: string;
  /** How to fix it, as a sentence. */
  fix: string;
}

export type DateReading = { iso: string; problem?: undefined } | { iso?: undefined; problem: DateProblem };

/** No content of the library predates the network; an older date is a typo. */
const earliestDate = '1990-01-01';
/** A date may be planned ahead, but not by more than this many years. */
const maxYearsAhead = 1;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFirstPattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const example = 'par exemple 2025-03-15';

/** Returns the `AAAA-MM-JJ` text of a year, month and day (not checked against the calendar). */
function isoText(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Reads a date written `AAAA-MM-JJ`, the only form content files use; returns it or what is wrong. */
export function readIsoDate(text: string): DateReading {
  const trimmed = text.trim();
  if (!isoPattern.test(trimmed))
    return { problem: { problem: `« ${trimmed} » n’est pas une date sous la forme AAAA-MM-JJ`, fix: `écrivez l’année, le mois et le jour, ${example}.` } };
  if (!parseIsoDate(trimmed)) return { problem: { problem: `le ${trimmed} n’existe pas au calendrier`, fix: 'vérifiez le jour et le mois.' } };
  return { iso: trimmed };
}

/** Reads a date typed in a form: `AAAA-MM-JJ`, or `jj/mm/aaaa` as written in Québec, returned as `AAAA-MM-JJ`. */
export function readTypedDate(text: string): DateReading {
  const dayFirst = dayFirstPattern.exec(text.trim());
  return readIsoDate(dayFirst ? isoText(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!) : text);
}

/** Returns the latest date allowed on `now`: the same day, `maxYearsAhead` years later (UTC). */
export function latestDate(now: Date): string {
  const limit = new Date(Date.UTC(now.getUTCFullYear() + maxYearsAhead, now.getUTCMonth(), now.getUTCDate()));
  return toIsoDate(limit);
}

/** Returns what is implausible about a real `AAAA-MM-JJ` date (before 1990, more than a year ahead), or undefined. */
export function datePlausibilityProblem(iso: string, now: Date): DateProblem | undefined {
  if (iso < earliestDate) return { problem: `le ${iso} est avant le ${earliestDate}`, fix: 'vérifiez l’année : les contenus de la bibliothèque datent de 1990 ou après.' };
  const latest = latestDate(now);
  if (iso > latest) return { problem: `le ${iso} est à plus d’un an d’aujourd’hui`, fix: `vérifiez l’année : la date ne peut pas dépasser le ${latest}.` };
  return undefined;
}

/** Reads a date typed in a form and checks that it is plausible on `now`. */
export function checkTypedDate(text: string, now: Date): DateReading {
  const reading = readTypedDate(text);
  const problem = reading.iso === undefined ? undefined : datePlausibilityProblem(reading.iso, now);
  return problem ? { problem } : reading;
}

/** A date field's French label and its `AAAA-MM-JJ` value. */
export interface LabelledDate {
  label: string;
  iso: string;
}

/** Returns the problem when `later` (the last review) comes before `earlier` (the publication), or undefined. */
export function dateOrderProblem(later: LabelledDate, earlier: LabelledDate): DateProblem | undefined {
  if (later.iso >= earlier.iso) return undefined;
  return {
    problem: `la date « ${later.label} » (${later.iso}) précède la date « ${earlier.label} » (${earlier.iso})`,
    fix: `mettez une date égale ou postérieure au ${earlier.iso}.`,
  };
}

/** Returns today's date in the local time zone of the browser or machine, as `AAAA-MM-JJ`. */
export function localToday(now: Date): string {
  return isoText(String(now.getFullYear()), String(now.getMonth() + 1), String(now.getDate()));
}
