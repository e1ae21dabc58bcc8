import type { Item, Organization } from './model';
import { itemKey } from './model';
import { compareFrench } from './text';

const shared = <T extends { id: string }>(a: T[], b: T[]) => a.filter((x) => b.some((y) => y.id === x.id)).length;

/** Returns how closely `candidate` relates to `item`: explicit links first, then shared themes, audiences and regions. */
export function relatedScore(item: Item, candidate: Item): number {
  const explicit = item.links.has(itemKey(candidate)) ? 100 : 0;
  return explicit + 3 * shared(item.themes, candidate.themes) + shared(item.audiences, candidate.audiences) + shared(item.regions, candidate.regions);
}

/** Returns a stable 32-bit hash (FNV-1a, then mixed) of a text: the same on every build and every machine. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix(hash);
}

/** MurmurHash3's final mix: close inputs get unrelated outputs. */
function mix(value: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Orders candidates of equal relevance for one page. Not by date: the newest entry would then appear on
 * every page of its themes, and adding or editing it would change (and rebuild) thousands of pages.
 * A hash of the pair spreads each entry over a few pages, and keeps that choice from one build to the next.
 */
function pairRank(item: Item, candidate: Item): number {
  return mix(itemHash(item) ^ Math.imul(itemHash(candidate), 0x9e3779b1));
}

const itemHashes = new WeakMap<Item, number>();
function itemHash(item: Item): number {
  let hash = itemHashes.get(item);
  if (hash === undefined) itemHashes.set(item, (hash = stableHash(itemKey(item))));
  return hash;
}

/** An organization's sheets on one theme: how many, and a sample of them in a stable order. */
interface ThemeSheets {
  count: number;
  sample: Item[];
}

/**
 * Items grouped by theme, computed once per build. Looking for related content then reads a bounded
 * number of candidates per theme, so the work per page does not grow with the library.
 */
export interface RelatedIndex {
  byKey: Map<string, Item>;
  /** The newest items of each theme, at most `perTheme`. */
  byTheme: Map<string, Item[]>;
  /** Sheets per theme, then per organization ("who else practices this"). */
  sheetsByThemeAndOrg: Map<string, Map<Organization, ThemeSheets>>;
  /** Candidates read per theme of an item. */
  perTheme: number;
}

const newestFirst = (a: Item, b: Item) => b.published.getTime() - a.published.getTime() || compareFrench(a.title, b.title);

/**
 * Returns the index of `items` used by relatedItems and peerOrganizations.
 * @param perTheme candidates kept per theme for related content
 * @param samplePerOrg sheets kept per theme and organization for "who else practices this"
 */
export function buildRelatedIndex(items: readonly Item[], perTheme = 200, samplePerOrg = 12): RelatedIndex {
  const byTheme = new Map<string, Item[]>();
  const sheets = new Map<string, Map<Organization, Item[]>>();
  for (const item of [...items].sort(newestFirst)) {
    for (const theme of item.themes) {
      const themed = byTheme.get(theme.id) ?? [];
      if (themed.length < perTheme) themed.push(item);
      byTheme.set(theme.id, themed);
      if (item.kind !== 'fiche' || !item.organization) continue;
      const orgs = sheets.get(theme.id) ?? new Map<Organization, Item[]>();
      const list = orgs.get(item.organization) ?? [];
      list.push(item);
      orgs.set(item.organization, list);
      sheets.set(theme.id, orgs);
    }
  }
  const sheetsByThemeAndOrg = new Map<string, Map<Organization, ThemeSheets>>();
  for (const [theme, orgs] of sheets) {
    const sampled = new Map<Organization, ThemeSheets>();
    for (const [org, list] of orgs) {
      const sample = list.map((sheet) => ({ sheet, rank: itemHash(sheet) })).sort((a, b) => a.rank - b.rank);
      sampled.set(org, { count: list.length, sample: sample.slice(0, samplePerOrg).map(({ sheet }) => sheet) });
    }
    sheetsByThemeAndOrg.set(theme, sampled);
  }
  return { byKey: new Map(items.map((item) => [itemKey(item), item])), byTheme, sheetsByThemeAndOrg, perTheme };
}

/**
 * Returns up to `limit` items related to `item`, best first: explicitly linked items, then the
 * closest among the newest items of each of its themes. Items sharing no theme and no link are left out.
 */
export function relatedItems(item: Item, index: RelatedIndex, limit = 4): Item[] {
  const candidates = new Set<Item>();
  for (const key of item.links) {
    const linked = index.byKey.get(key);
    if (linked) candidates.add(linked);
  }
  for (const theme of item.themes) for (const other of index.byTheme.get(theme.id) ?? []) candidates.add(other);
  candidates.delete(item);
  return [...candidates]
    .map((candidate) => ({ candidate, score: relatedScore(item, candidate), rank: pairRank(item, candidate) }))
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

export interface PeerOrganization {
  organization: Organization;
  /** A few of the peer's sheets that share a theme with the item (at most `shown`). */
  sheets: Item[];
  /** True when the peer has more sheets on these themes than those shown. */
  more: boolean;
}

/**
 * Returns the other organizations whose sheets share a theme with `item` ("who else practices this"),
 * those with the most sheets on its themes first. Reads a bounded sample per theme and organization,
 * so its cost does not grow with the library.
 */
export function peerOrganizations(item: Item, index: RelatedIndex, limit = 4, shown = 3): PeerOrganization[] {
  const byOrg = new Map<Organization, { weight: number; sheets: Set<Item>; unsampled: boolean }>();
  for (const theme of item.themes) {
    for (const [org, { count, sample }] of index.sheetsByThemeAndOrg.get(theme.id) ?? []) {
      if (org === item.organization) continue;
      const peer = byOrg.get(org) ?? { weight: 0, sheets: new Set<Item>(), unsampled: false };
      peer.weight += count;
      peer.unsampled ||= count > sample.length;
      for (const sheet of sample) if (sheet !== item) peer.sheets.add(sheet);
      byOrg.set(org, peer);
    }
  }
  return [...byOrg]
    .filter(([, peer]) => peer.sheets.size > 0)
    .sort(([a, x], [b, y]) => y.weight - x.weight || compareFrench(a.name, b.name))
    .slice(0, limit)
    .map(([organization, peer]) => ({
      organization,
      sheets: [...peer.sheets].sort((a, b) => pairRank(item, a) - pairRank(item, b)).slice(0, shown),
      more: peer.unsampled || peer.sheets.size > shown,
    }));
}
