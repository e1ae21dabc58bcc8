import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { focusedStop } from './keyboard';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 } };

/** Parses a calendar with ical.js, its VTIMEZONE registered so times convert to instants. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** Returns the start instants (ms) of an event's first occurrences, enough to reach any date the site may show. */
function occurrenceStarts(event: ICAL.Event, count = 30): number[] {
  if (!event.isRecurring()) return [event.startDate.toJSDate().getTime()];
  const iterator = event.iterator();
  return Array.from({ length: count }, () => iterator.next().toJSDate().getTime());
}

/** The build puts no-break spaces before « : » and the like (French typography); calendar files keep plain ones. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Returns the cards of a list of events: title, address and the start its <time> gives. */
async function cardsIn(page: Page, section: string) {
  return page
    .getByRole('region', { name: section })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        title: item
          .querySelector('a')!
          .textContent.trim()
          .replace(/[\u00a0\u202f]/g, ' '),
        href: item.querySelector('a')!.getAttribute('href')!,
        start: Date.parse(item.querySelector('time')!.getAttribute('datetime')!),
      })),
    );
}

describe('a visitor on a phone finds the next events', () => {
  test('from the home page, opens an upcoming event, downloads its .ics and finds the same event and time in it', async () => {
    const page = await browser.open('/', phone);
    const upcoming = await cardsIn(page, 'Rencontres à venir');
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    const now = Date.now();
    // Upcoming relative to today: each starts at most a day ago (an event under way) and they come soonest first.
    for (const card of upcoming) expect(card.start).toBeGreaterThan(now - 86_400_000);
    expect(upcoming.map((card) => card.start)).toEqual([...upcoming.map((card) => card.start)].sort((a, b) => a - b));

    await page.getByRole('region', { name: 'Rencontres à venir' }).locator(`a[href="${upcoming[0]!.href}"]`).click();
    await page.waitForURL(`**${upcoming[0]!.href}`);
    expect(plainSpaces((await page.getByRole('heading', { level: 1 }).textContent())!)).toBe(upcoming[0]!.title);
    const when = page.locator('dt:text-is("Quand") + dd time');
    expect(await when.textContent()).toMatch(
      /^Le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) [a-zéû]+ \d{4}, (de \d{1,2} h( \d{2})? à \d{1,2} h( \d{2})?|à \d{1,2} h( \d{2})?)$/,
    );
    const shownStart = Date.parse((await when.getAttribute('datetime'))!);
    expect(shownStart).toBe(upcoming[0]!.start);
    expect(await page.locator('dt:text-is("Organisée par") + dd a').count()).toBe(1);
    expect(await page.locator('dt:text-is("Thèmes") + dd a').count()).toBeGreaterThan(0);
    expect(await page.locator('dt:text-is("Lieu"), dt:text-is("En ligne")').count()).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(upcoming[0]!.title);
    expect(events[0]!.startDate.zone?.tzid).toBe('America/Toronto');
    expect(String(events[0]!.component.getFirstPropertyValue('url')).endsWith(upcoming[0]!.href)).toBe(true);
    // The page shows the occurrence the calendar program will show first: no past day in the calendar (issue 24).
    expect(occurrenceStarts(events[0]!)[0]).toBe(shownStart);
  });

  test('the listing shows upcoming events soonest first, then past ones latest first, and the calendar holds them all', async () => {
    const page = await browser.open('/rencontres/', phone);
    const upcoming = await cardsIn(page, 'À venir');
    const past = await cardsIn(page, 'Passées');
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    expect(past.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.map((card) => card.start)).toEqual([...upcoming.map((card) => card.start)].sort((a, b) => a - b));
    expect(past.map((card) => card.start)).toEqual([...past.map((card) => card.start)].sort((a, b) => b - a));
    expect(Math.max(...past.map((card) => card.start))).toBeLessThan(Date.now());

    const feed = page.getByRole('link', { name: 'Toutes les rencontres dans votre agenda (.ics)' });
    const response = await page.request.get(new URL((await feed.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const events = parseCalendar(await response.text());
    expect(events.map((event) => event.summary).sort()).toEqual([...upcoming, ...past].map((card) => card.title).sort());
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const card of [...upcoming, ...past]) {
      const event = events.find((candidate) => candidate.summary === card.title)!;
      expect(occurrenceStarts(event), card.title).toContain(card.start);
    }
  });
});

describe('events with a keyboard and without JavaScript', () => {
  test('Tab reaches the first upcoming event from the home page and Enter opens it, then its .ics link', async () => {
    const page = await browser.open('/', phone);
    const first = (await cardsIn(page, 'Rencontres à venir'))[0]!;
    let stop = await focusedStop(page);
    for (let presses = 0; presses < 60 && stop?.href !== first.href; presses++) {
      await page.keyboard.press('Tab');
      stop = await focusedStop(page);
    }
    expect(stop?.href).toBe(first.href);
    expect(stop?.onScreen).toBe(true);
    await Promise.all([page.waitForURL(`**${first.href}`), page.keyboard.press('Enter')]);
    for (let presses = 0; presses < 60 && !stop?.download; presses++) {
      await page.keyboard.press('Tab');
      stop = await focusedStop(page);
    }
    expect(stop?.text).toBe('Ajouter à mon agenda (.ics)');
    expect(stop?.href).toMatch(/^\/rencontres\/[a-z0-9-]+\.ics$/);
    expect(stop?.onScreen).toBe(true);
  });

  test('without JavaScript, the home page, the listing and an event page show the same events and the calendar link', async () => {
    const page = await browser.open('/', { ...phone, javaScriptEnabled: false });
    const upcoming = await cardsIn(page, 'Rencontres à venir');
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: 'Toutes les rencontres' }).click();
    await page.waitForURL('**/rencontres/');
    expect((await cardsIn(page, 'À venir')).slice(0, upcoming.length)).toEqual(upcoming);
    await page.getByRole('region', { name: 'À venir' }).locator(`a[href="${upcoming[1]!.href}"]`).click();
    await page.waitForURL(`**${upcoming[1]!.href}`);
    const link = page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' });
    expect(await link.isVisible()).toBe(true);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(parseCalendar(await response.text())[0]!.summary).toBe(upcoming[1]!.title);
  });
});
