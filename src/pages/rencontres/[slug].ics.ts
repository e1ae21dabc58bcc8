import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../data/library';
import { calendarEntry, type CalendarEvent } from '../../lib/events';
import { calendarFile } from '../../lib/ical';
import { site } from '../../config';

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.events.map((event) => ({ params: { slug: event.slug }, props: { event } }));
}) satisfies GetStaticPaths;

/** One event's calendar file, to add it to an agenda. */
export const GET: APIRoute<{ event: CalendarEvent }> = ({ props }) =>
  new Response(calendarFile([calendarEntry(props.event, site.url)], props.event.title), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
