import type { Item, Organization } from './model';
import { itemKey } from './model';
import { compareFrench } from './text';

const shared = <T extends { id: string }>(a: T[], b: T[]) => a.filter((x) => b.some((y) => y.id === x.id)).length;

/** Returns how closely `candidate` relates to `item`: explicit links first, then shared themes, audiences and regions. */
export function relatedScore(item: Item, candidate: Item): number {
  const explicit = item.links.has(itemKey(candidate)) ? 100 : 0;
  return explicit + 3 * shared(item.themes, candidate.themes) + shared(item.audiences, candidate.audiences) + shared(item.regions, candidate.regions);
}

/**
 * Items grouped by theme, newest first, computed once per build. Looking for related content then
 * reads a bounded number of candidates per theme, so the work per page does not grow with the library.
 */
export interface RelatedIndex {
  byKey: Map<string, Item>;
  byTheme: Map<string, Item[]>;
  /** Sheets per theme, then per organization ("who else practices this"). */
  sheetsByThemeAndOrg: Map<string, Map<Organization, Item[]>>;
  /** Candidates read per theme of an item. */
  perTheme: number;
}

const newestFirst = (a: Item, b: Item) => b.published.getTime() - a.published.getTime() || compareFrench(a.title, b.title);

/** Returns the index of `items` used by relatedItems and peerOrganizations. */
export function buildRelatedIndex(items: readonly Item[], perTheme = 200): RelatedIndex {
  const byTheme = new Map<string, Item[]>();
  const sheetsByThemeAndOrg = new Map<string, Map<Organization, Item[]>>();
  for (const item of [...items].sort(newestFirst)) {
    for (const theme of item.themes) {
      byTheme.set(theme.id, [...(byTheme.get(theme.id) ?? []), item]);
      if (item.kind !== 'fiche' || !item.organization) continue;
      const orgs = sheetsByThemeAndOrg.get(theme.id) ?? new Map<Organization, Item[]>();
      orgs.set(item.organization, [...(orgs.get(item.organization) ?? []), item]);
      sheetsByThemeAndOrg.set(theme.id, orgs);
    }
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
  for (const theme of item.themes) for (const other of (index.byTheme.get(theme.id) ?? []).slice(0, index.perTheme)) candidates.add(other);
  candidates.delete(item);
  return [...candidates]
    .map((candidate) => ({ candidate, score: relatedScore(item, candidate) }))
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || newestFirst(a.candidate, b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

export interface PeerOrganization {
  organization: Organization;
  /** The peer's sheets that share a theme with the item, newest first (at most three). */
  sheets: Item[];
  /** How many of the peer's sheets share a theme with the item. */
  count: number;
}

/** Returns the other organizations whose sheets share a theme with `item` ("who else practices this"), most sheets first. */
export function peerOrganizations(item: Item, index: RelatedIndex, limit = 4): PeerOrganization[] {
  const byOrg = new Map<Organization, Set<Item>>();
  for (const theme of item.themes) {
    for (const [org, sheets] of index.sheetsByThemeAndOrg.get(theme.id) ?? []) {
      if (org === item.organization) continue;
      const set = byOrg.get(org) ?? new Set<Item>();
      for (const sheet of sheets) if (sheet !== item) set.add(sheet);
      byOrg.set(org, set);
    }
  }
  return [...byOrg]
    .map(([organization, set]) => ({ organization, sheets: [...set].sort(newestFirst).slice(0, 3), count: set.size }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || compareFrench(a.organization.name, b.organization.name))
    .slice(0, limit);
}
