import type { Library } from './library';
import type { CalendarEvent } from './events';
import { digest } from './cache-keys';
import { site } from '../config';

/**
 * Static paths of event pages. The cache key covers the event and what the build date decides about it
 * (the occurrence shown, upcoming or past): a page built on another day is reused only if it would read the same.
 */
export function eventRoutes(library: Library) {
  return library.events.map((event: CalendarEvent) => ({
    params: { slug: event.slug },
    props: { event },
    cacheKey: digest({ event, committee: site.committeeEmail }),
  }));
}
