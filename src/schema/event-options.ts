import type { Option } from './fields';

/** How people attend an event: where the place and the online link are required (see `src/lib/event-checks.ts`). */
export const eventFormatOptions = [
  { value: 'en-personne', label: 'En personne' },
  { value: 'en-ligne', label: 'En ligne' },
  { value: 'hybride', label: 'Hybride (en personne et en ligne)' },
] as const satisfies Option[];

/** How an event comes back: a yearly event keeps its month and day (RRULE FREQ=YEARLY in its calendar file). */
export const recurrenceOptions = [{ value: 'annuelle', label: 'Chaque année, le même jour de la semaine du même mois' }] as const satisfies Option[];
