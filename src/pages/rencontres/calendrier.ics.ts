import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library';
import { calendarEntry } from '../../lib/events';
import { calendarFile } from '../../lib/ical';
import { site } from '../../config';

/** Every event of the network in one calendar, to import or subscribe to. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = [...library.events].sort((a, b) => a.slug.localeCompare(b.slug)).map((event) => calendarEntry(event, site.url));
  return new Response(calendarFile(entries, `${site.name} — rencontres`), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
