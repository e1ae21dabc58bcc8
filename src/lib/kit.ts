/**
 * « Ma trousse »: a visitor's own list of entries, kept in their browser (localStorage), shared as an
 * address (`/trousse/?e=pratiques/mentorat,outils/grille`). Pure functions, used by the entry pages'
 * button (src/scripts/kit-toggle.ts) and the kit page (src/scripts/kit-page.ts); no import, so the
 * browser bundles stay small. An entry is named by its reference: its address without slashes around.
 */

/** One saved entry: its reference (`pratiques/mentorat`) and what the kit page shows before fetching it. */
export interface KitEntry {
  ref: string;
  title: string;
  type: string;
  summary: string;
}

/** Where the kit is kept in the browser. */
export const KIT_STORAGE_KEY = 'carrefour-des-pratiques:trousse';
/** Most entries a kit holds (and a shared address carries): the kit page fetches each one. */
export const KIT_LIMIT = 50;
/** Address of the kit page. */
export const KIT_PATH = '/trousse/';

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/** Returns `text` as an entry reference when it names a page of one of `routes` (`pratiques/mentorat`), else undefined. */
export function parseRef(text: string, routes: readonly string[]): string | undefined {
  const [route, slug, ...rest] = text
    .trim()
    .replace(/^\/|\/$/g, '')
    .split('/');
  if (rest.length > 0 || !route || !slug || !routes.includes(route) || !slugPattern.test(slug)) return undefined;
  return `${route}/${slug}`;
}

/** Returns the address of an entry's page: `pratiques/mentorat` → `/pratiques/mentorat/`. */
export function refPath(ref: string): string {
  return `/${ref}/`;
}

/**
 * Returns the references a shared address carries (`?e=a,b`): valid, each once, at most KIT_LIMIT; how many
 * were refused (not an entry's address), and how many valid ones were left out because the kit was full.
 */
export function decodeShared(param: string | null, routes: readonly string[]): { refs: string[]; refused: number; overLimit: number } {
  const parts = (param ?? '').split(',').filter((part) => part.trim() !== '');
  const refs: string[] = [];
  const beyond = new Set<string>();
  let refused = 0;
  for (const part of parts) {
    const ref = parseRef(part, routes);
    if (!ref) refused++;
    else if (refs.includes(ref)) continue;
    else if (refs.length < KIT_LIMIT) refs.push(ref);
    else beyond.add(ref);
  }
  return { refs, refused, overLimit: beyond.size };
}

/** Returns the address that opens this kit on another device: `/trousse/?e=pratiques/a,outils/b`. */
export function encodeShared(refs: readonly string[]): string {
  return refs.length === 0 ? KIT_PATH : `${KIT_PATH}?e=${refs.join(',')}`;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Returns the kit stored as `json`; what is not a valid entry (an old format, a hand edit) is left out. */
export function readKit(json: string | null, routes: readonly string[]): KitEntry[] {
  let stored: unknown;
  try {
    stored = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const kit: KitEntry[] = [];
  for (const value of stored as unknown[]) {
    if (typeof value !== 'object' || value === null) continue;
    const { ref, title, type, summary } = value as Record<string, unknown>;
    const valid = isText(ref) ? parseRef(ref, routes) : undefined;
    if (!valid || kit.some((entry) => entry.ref === valid) || kit.length >= KIT_LIMIT) continue;
    kit.push({ ref: valid, title: isText(title) ? title : valid, type: isText(type) ? type : '', summary: isText(summary) ? summary : '' });
  }
  return kit;
}

/** Returns the text that stores `kit`. */
export function writeKit(kit: readonly KitEntry[]): string {
  return JSON.stringify(kit.map(({ ref, title, type, summary }) => ({ ref, title, type, summary })));
}

/** Returns whether the kit holds the entry `ref`. */
export function hasEntry(kit: readonly KitEntry[], ref: string): boolean {
  return kit.some((entry) => entry.ref === ref);
}

/** Returns the kit with `entry` added last (or its saved details refreshed); unchanged when full. */
export function addEntry(kit: readonly KitEntry[], entry: KitEntry): KitEntry[] {
  if (hasEntry(kit, entry.ref)) return kit.map((saved) => (saved.ref === entry.ref ? entry : saved));
  return kit.length >= KIT_LIMIT ? [...kit] : [...kit, entry];
}

/** Returns the kit without the entry `ref`. */
export function removeEntry(kit: readonly KitEntry[], ref: string): KitEntry[] {
  return kit.filter((entry) => entry.ref !== ref);
}

/**
 * Returns one's own kit with a shared kit's entries it lacks added after its own, up to KIT_LIMIT; how many
 * were added, and how many it lacked but could not take because it was full.
 */
export function mergeKits(own: readonly KitEntry[], shared: readonly KitEntry[]): { kit: KitEntry[]; added: number; full: number } {
  let kit = [...own];
  let full = 0;
  for (const entry of shared) {
    if (hasEntry(kit, entry.ref)) continue;
    if (kit.length >= KIT_LIMIT) full++;
    else kit = addEntry(kit, entry);
  }
  return { kit, added: kit.length - own.length, full };
}

/**
 * Returns the kit checked against the site: `found` gives each entry's current details as its page says
 * them, null when its page is gone (removed, renamed) or undefined when it could not be checked (saved details kept).
 */
export function reconcileKit<E extends KitEntry>(kit: readonly KitEntry[], found: ReadonlyMap<string, E | null | undefined>): { kit: (KitEntry | E)[]; missing: KitEntry[] } {
  return {
    kit: kit.map((entry) => found.get(entry.ref) ?? entry),
    missing: kit.filter((entry) => found.get(entry.ref) === null),
  };
}
