/**
 * Events (« Rencontres »): their entries resolved (organizer, themes, region), the occurrence shown on the
 * build date, the split into upcoming and past, and what their calendar files and open data say.
 */
import { eventFormatOptions } from '../schema/event-options';
import { optionLabel } from '../schema/options';
import type { RawEntry } from './library';
import type { EntryData, Organization, Region, TaxonomyValue } from './model';
import { entryPath, slugify } from './slugs';
import { currentOccurrence, formatOccurrence, formatYearlyRule, isUpcoming, yearlyRule, type EventSchedule, type Occurrence } from './event-time';
import type { SearchFields, SearchFilterKey } from './search-fields';
import { capitalize } from './text';
import type { CalendarEntry } from './ical';
import { toIsoDate } from './dates';

type EventData = EntryData<'rencontre'>;

/** An event, resolved, with the occurrence its pages show on the build date. */
export interface CalendarEvent {
  kind: 'rencontre';
  collection: 'rencontres';
  slug: string;
  path: string;
  /** Its calendar file: `/rencontres/<slug>.ics`. */
  icsPath: string;
  file: string;
  title: string;
  summary: string;
  /** « En personne », « En ligne », « Hybride… ». */
  typeLabel: string;
  schedule: EventSchedule;
  /** A yearly event's rule in words, the one its calendar file repeats: « chaque année, le 3e mardi de janvier ». */
  yearly?: string | undefined;
  /** The only occurrence of a one-off event; the next (or current) one of a yearly event. */
  occurrence: Occurrence;
  upcoming: boolean;
  place?: (Omit<NonNullable<EventData['place']>, 'region'> & { region: Region }) | undefined;
  onlineLink?: string | undefined;
  registration?: string | undefined;
  organization?: Organization | undefined;
  themes: TaxonomyValue<'themes'>[];
  /** The place's region, else the organizer's. */
  regions: Region[];
  published: Date;
  sample: boolean;
  body: string;
  data: EventData;
}

/** What `buildEvents` needs from the rest of the library. */
export interface EventContext {
  organizations: ReadonlyMap<string, Organization>;
  themes: ReadonlyMap<string, TaxonomyValue<'themes'>>;
  regions: ReadonlyMap<string, Region>;
  fileOf: (entry: RawEntry<EventData>) => string;
}

/** Returns the schedule an entry's fields describe. */
function scheduleOf(data: Pick<EventData, 'date' | 'startTime' | 'endDate' | 'endTime' | 'recurrence'>): EventSchedule {
  return { date: toIsoDate(data.date), startTime: data.startTime, endDate: data.endDate && toIsoDate(data.endDate), endTime: data.endTime, recurrence: data.recurrence };
}

/** Returns the events of the library, resolved, with their occurrence and status on `now`. */
export function buildEvents(entries: readonly RawEntry<EventData>[], context: EventContext, now: Date): CalendarEvent[] {
  return entries.map((entry) => {
    const { data } = entry;
    const schedule = scheduleOf(data);
    const occurrence = currentOccurrence(schedule, now);
    const organization = context.organizations.get(String(data.organization));
    const placeRegion = data.place && context.regions.get(data.place.region);
    const place = data.place && placeRegion ? { ...data.place, region: placeRegion } : undefined;
    const path = entryPath('rencontre', entry.id);
    return {
      kind: 'rencontre',
      collection: 'rencontres',
      slug: entry.id,
      path,
      icsPath: `${path.slice(0, -1)}.ics`,
      file: context.fileOf(entry),
      title: data.title,
      summary: data.summary,
      typeLabel: optionLabel(eventFormatOptions, data.format),
      schedule,
      yearly: schedule.recurrence === 'annuelle' ? formatYearlyRule(yearlyRule(schedule.date)) : undefined,
      occurrence,
      upcoming: isUpcoming(occurrence, now),
      place,
      onlineLink: data.onlineLink,
      registration: data.registration,
      organization,
      themes: data.themes.flatMap((id) => context.themes.get(id) ?? []),
      regions: place ? [place.region] : organization ? [organization.region] : [],
      published: data.published,
      sample: data.sample,
      body: entry.body ?? '',
      data,
    };
  });
}

const startKey = (event: CalendarEvent) => `${event.occurrence.date}T${event.occurrence.startTime}`;

/** Returns the upcoming events, soonest first, and the past ones, latest first. */
export function splitByDate(events: readonly CalendarEvent[]): { upcoming: CalendarEvent[]; past: CalendarEvent[] } {
  const upcoming = events.filter((event) => event.upcoming).sort((a, b) => startKey(a).localeCompare(startKey(b)) || a.title.localeCompare(b.title, 'fr-CA'));
  const past = events.filter((event) => !event.upcoming).sort((a, b) => startKey(b).localeCompare(startKey(a)) || a.title.localeCompare(b.title, 'fr-CA'));
  return { upcoming, past };
}

/** Returns where an event happens, on one line: the place's name, address and town, and/or its online link. */
function locationText(event: Pick<CalendarEvent, 'place' | 'onlineLink'>): string | undefined {
  const place = event.place ? `${event.place.venue}, ${event.place.address}, ${event.place.city}` : undefined;
  const parts = [place, event.onlineLink ? `En ligne : ${event.onlineLink}` : undefined].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

/** Returns what an event's calendar entry says; `siteUrl` makes its page address and its UID. */
export function calendarEntry(event: CalendarEvent, siteUrl: string): CalendarEntry {
  const url = new URL(event.path, siteUrl).href;
  const registration = event.registration ? `\nInscription : ${event.registration}` : '';
  return {
    uid: `${event.slug}@${new URL(siteUrl).host}`,
    stamp: event.published,
    schedule: event.schedule,
    occurrence: event.occurrence,
    title: event.title,
    description: `${event.summary}\n\nOrganisée par ${event.organization?.name ?? 'le réseau'}. Détails : ${url}${registration}`,
    location: locationText(event),
    url,
    organizer: event.organization ? { name: event.organization.name, email: event.organization.email } : undefined,
    categories: event.themes.map((theme) => theme.label),
  };
}

/** Returns an event as open data: its fields as written, its address, its calendar file and the occurrence shown at build. */
export function eventOpenData(event: CalendarEvent, siteUrl: string) {
  return {
    id: event.slug,
    url: new URL(event.path, siteUrl).href,
    calendar: new URL(event.icsPath, siteUrl).href,
    type: event.typeLabel,
    title: event.title,
    summary: event.summary,
    timeZone: 'America/Toronto',
    schedule: event.schedule,
    nextOccurrence: event.upcoming ? event.occurrence : null,
    themes: event.themes.map((theme) => theme.id),
    regions: event.regions.map((region) => region.code),
    organization: event.organization?.slug ?? null,
    published: toIsoDate(event.published),
    sample: event.sample,
    fields: event.data,
    body: event.body,
  };
}

/** Returns the search fields of an event's page: its kind, themes and organizer; its region as result-card text. */
export function eventSearchFields(event: CalendarEvent): SearchFields {
  const filters: [SearchFilterKey, string][] = [
    ['type', event.kind],
    // No region filter: the home page and the search page count the same things per region (entries and organizations).
    ...event.themes.map((theme): [SearchFilterKey, string] => ['theme', theme.id]),
  ];
  if (event.organization) filters.push(['organisme', event.organization.slug]);
  const meta: [string, string][] = [
    ['type', `Rencontre (${event.typeLabel.toLowerCase()})`],
    ['resume', `${capitalize(formatOccurrence(event.occurrence))}. ${event.summary}`],
  ];
  if (event.organization) meta.push(['organisme', event.organization.name]);
  if (event.regions.length > 0) meta.push(['region', event.regions.map((region) => region.name).join(', ')]);
  return {
    filters,
    sorts: [
      ['date', toIsoDate(event.published)],
      ['titre', slugify(event.title)],
    ],
    meta,
  };
}
