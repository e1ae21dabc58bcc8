/**
 * Rules that tie an event's fields together: the end after the start, a place for an event in person and
 * a link for one online. The build (`library.ts`) and the validator (`validation/library.ts`) both call
 * them, so they refuse the same files with the same French messages.
 */
import { kinds } from '../schema/registry';
import type { Field } from '../schema/fields';
import { toIsoDate } from './dates';
import { fieldSubject, type ContentProblem } from './validation/problem';

/** Returns the line of a field in the file, when the caller knows it. */
type LineOf = (keys: readonly PropertyKey[]) => number | undefined;

const fields = kinds.rencontre.spec.fields;
const fieldNamed = (name: string): Field => fields.find((field) => field.name === name)!;

/** Returns a date field's value as `AAAA-MM-JJ`, whether YAML read a Date or a text. */
function isoOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : toIsoDate(value);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

const timeOf = (value: unknown) => (typeof value === 'string' && /^\d{2}:\d{2}$/.test(value.trim()) ? value.trim() : undefined);

/**
 * Returns the problems of an event's fields taken together (each field alone is the schema's job):
 * an end time not after the start on the same day, a missing link for an event online or hybrid, a
 * missing place for an event in person or hybrid.
 */
export function eventProblems(file: string, data: Record<string, unknown>, lineOf: LineOf = () => undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (name: string, what: string, fix: string) => {
    const field = fieldNamed(name);
    problems.push({ severity: 'error', file, line: lineOf([name]), subject: fieldSubject(field.label, name), problem: what, fix });
  };
  const [start, end] = [isoOf(data.date), isoOf(data.endDate) ?? isoOf(data.date)];
  const [startTime, endTime] = [timeOf(data.startTime), timeOf(data.endTime)];
  if (start && end === start && startTime && endTime && endTime <= startTime) {
    problem(
      'endTime',
      `la rencontre finirait à ${endTime}, ${endTime === startTime ? 'à l’heure où' : 'avant l’heure où'} elle commence (${startTime}), le même jour`,
      `mettez une heure de fin après ${startTime}, ou une « Date de fin » si la rencontre se termine un autre jour.`,
    );
  }
  const format = data.format;
  const isOnline = format === 'en-ligne' || format === 'hybride';
  const isInPerson = format === 'en-personne' || format === 'hybride';
  if (isOnline && (typeof data.onlineLink !== 'string' || data.onlineLink.trim() === '')) {
    problem(
      'onlineLink',
      `une rencontre ${format === 'hybride' ? 'hybride' : 'en ligne'} sans lien pour s’y joindre`,
      'ajoutez l’adresse de la visioconférence (https://…), ou choisissez la formule « En personne ».',
    );
  }
  if (isInPerson && (data.place === undefined || data.place === null)) {
    problem(
      'place',
      `une rencontre ${format === 'hybride' ? 'hybride' : 'en personne'} sans lieu`,
      'remplissez le lieu (nom, adresse, ville, région), ou choisissez la formule « En ligne ».',
    );
  }
  return problems;
}
