// Reads an entry's essentials from its own page, for the kit page: the site has no per-entry data file,
// and a kit holds few entries (KIT_LIMIT), so it fetches their pages, as a reader would open them.
import { refPath, type KitEntry } from '../lib/kit';

/** One fact of « En bref »: its label, its value, and the lines listed under it (an organization's contacts). */
interface BriefFact {
  label: string;
  text: string;
  lines: string[];
}

/** What the kit page shows and prints of an entry. */
export interface EntryEssentials extends KitEntry {
  /** « En bref », fact by fact. */
  brief: BriefFact[];
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Returns an « En bref » fact from its label and value. A list of tags (themes, regions) reads as its items
 * joined by commas; the items of other lists (an organization's contacts, what backs an evidence level, the
 * resources) become lines of their own, under the value's own text (the organization's name, the level).
 */
function briefFact(dt: Element): BriefFact {
  const dd = dt.nextElementSibling;
  const lists = [...(dd?.children ?? [])].filter((child) => child.matches('ul, ol'));
  const items = lists.flatMap((list) => [...list.querySelectorAll(':scope > li')].map(text));
  const rest = dd?.cloneNode(true) as Element | undefined;
  for (const list of rest?.querySelectorAll(':scope > ul, :scope > ol') ?? []) list.remove();
  const own = text(rest);
  const isTagList = lists.length === 1 && lists[0]!.matches('.tags');
  return isTagList && !own ? { label: text(dt), text: items.join(', '), lines: [] } : { label: text(dt), text: own, lines: items };
}

/** Returns the entry's essentials from its page's HTML, or null when the page is not an entry page. */
function readEntryPage(ref: string, html: string): EntryEssentials | null {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const title = text(page.querySelector('article h1'));
  if (!title) return null;
  const brief = [...page.querySelectorAll('aside.en-bref dl > dt')].map(briefFact);
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
