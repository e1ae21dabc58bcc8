// Reads an entry's essentials from its own page, for the kit page: the site has no per-entry data file,
// and a kit holds few entries (KIT_LIMIT), so it fetches their pages, as a reader would open them.
import { refPath, type KitEntry } from '../lib/kit';

/** What the kit page shows and prints of an entry. */
export interface EntryEssentials extends KitEntry {
  /** « En bref » as label and text pairs. */
  brief: [string, string][];
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Returns the text of an « En bref » value, the items of its lists (themes, regions) joined by commas. */
function valueText(dd: Element | null): string {
  const items = dd?.querySelectorAll(':scope > ul > li, :scope > ol > li');
  return items && items.length > 0 ? [...items].map(text).join(', ') : text(dd);
}

/** Returns the entry's essentials from its page's HTML, or null when the page is not an entry page. */
function readEntryPage(ref: string, html: string): EntryEssentials | null {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const title = text(page.querySelector('article h1'));
  if (!title) return null;
  const brief = [...page.querySelectorAll('aside.en-bref dl > dt')].map((dt): [string, string] => [text(dt), valueText(dt.nextElementSibling)]);
  return { ref, title, type: text(page.querySelector('article header .kind')), summary: text(page.querySelector('article header .lead')), brief };
}

/**
 * Fetches each entry's page: its essentials, null when the site answers that the page is gone (404, 410),
 * or undefined when it could not be checked (offline, server error): the saved details then stay.
 */
export async function fetchEntries(refs: readonly string[]): Promise<Map<string, EntryEssentials | null | undefined>> {
  const found = await Promise.all(
    refs.map(async (ref) => {
      try {
        const response = await fetch(refPath(ref));
        if (response.status === 404 || response.status === 410) return [ref, null] as const;
        return [ref, response.ok ? readEntryPage(ref, await response.text()) : undefined] as const;
      } catch {
        return [ref, undefined] as const;
      }
    }),
  );
  return new Map(found);
}
