import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { contentSlugs, readPage } from './site';
import { zonedInstant } from '../../src/lib/event-time';

/** Parses a built calendar file with ical.js, its VTIMEZONE registered so local times become instants. */
function eventsOf(path: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(readPage(path)) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** Returns the first `count` starts of an event as instants (ms), as a calendar program expands them. */
function startsOf(event: ICAL.Event, count: number): number[] {
  const iterator = event.iterator();
  const starts: number[] = [];
  for (let next = iterator.next(); next && starts.length < count; next = iterator.next()) starts.push(event.getOccurrenceDetails(next).startDate.toJSDate().getTime());
  return starts;
}

/** What an event's page says of when it happens: the start it shows, and its yearly rule in words, if any. */
function pageSays(slug: string): { start: number; rule?: string } {
  const html = readPage(`/rencontres/${slug}/`);
  const datetime = /<time datetime="(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})[+-]\d{2}:\d{2}"/.exec(html);
  expect(datetime, `/rencontres/${slug}/ ne montre pas de date`).not.toBeNull();
  const rule = /<span data-yearly[^>]*>Chaque année, le ([^<]+)\.<\/span>/.exec(html)?.[1];
  return { start: zonedInstant(datetime![1]!, datetime![2]!).getTime(), ...(rule ? { rule } : {}) };
}

const weekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const québecDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' });

/** Returns whether a start falls on the day a rule in words names: « 3e mardi de janvier », « dernier jeudi d’octobre ». */
function fitsRule(start: number, rule: string): boolean {
  const [, ordinal, weekday, month] = /^(1er|2e|3e|4e|dernier) (\S+) (?:de |d’)(\S+)$/.exec(rule) ?? [];
  const parts = Object.fromEntries(québecDay.formatToParts(new Date(start)).map((part) => [part.type, part.value]));
  const [year, monthNumber, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const weekdayNumber = new Date(Date.UTC(year, monthNumber - 1, day)).getUTCDay();
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const rankFits = ordinal === 'dernier' ? day + 7 > lastDay : Math.ceil(day / 7) === Number.parseInt(ordinal!, 10);
  return months[monthNumber - 1] === month && weekdays[weekdayNumber] === weekday && rankFits;
}

const slugs = contentSlugs('rencontres', 'mdx');

describe('every calendar file of the build agrees with its event’s page (read with ical.js)', () => {
  test('the shipped events include a yearly one, so the rule is checked', () => {
    expect(slugs.filter((slug) => pageSays(slug).rule).length).toBeGreaterThan(0);
  });

  test.each(slugs)('/rencontres/%s.ics starts at the page’s date and repeats by the rule the page states', (slug) => {
    const page = pageSays(slug);
    const [event] = eventsOf(`/rencontres/${slug}.ics`);
    expect(event, `/rencontres/${slug}.ics n’a pas d’événement`).toBeDefined();
    const starts = startsOf(event!, 5);
    expect(new Date(starts[0]!).toISOString(), 'première occurrence du calendrier').toBe(new Date(page.start).toISOString());
    if (!page.rule) {
      expect(event!.isRecurring(), 'une rencontre sans règle ne se répète pas').toBe(false);
      return;
    }
    expect(starts).toHaveLength(5);
    for (const start of starts) expect(fitsRule(start, page.rule), `${new Date(start).toISOString()} devrait être « le ${page.rule} »`).toBe(true);
  });

  test('/rencontres/calendrier.ics gives every event the same occurrences as its own file', () => {
    const all = new Map(eventsOf('/rencontres/calendrier.ics').map((event) => [event.uid, startsOf(event, 3)]));
    expect(all.size).toBe(slugs.length);
    for (const slug of slugs) {
      const [own] = eventsOf(`/rencontres/${slug}.ics`);
      expect(all.get(own!.uid), slug).toEqual(startsOf(own!, 3));
    }
  });
});
