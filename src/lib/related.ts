import type { Item, Organization } from './model';
import { itemKey } from './model';
import { compareFrench } from './text';

const shared = <T extends { id: string }>(a: T[], b: T[]) => a.filter((x) => b.some((y) => y.id === x.id)).length;

/** Returns how closely `candidate` relates to `item`: explicit links first, then shared themes, audiences and regions. */
export function relatedScore(item: Item, candidate: Item): number {
  const explicit = item.links.has(itemKey(candidate)) ? 100 : 0;
  return explicit + 3 * shared(item.themes, candidate.themes) + shared(item.audiences, candidate.audiences) + shared(item.regions, candidate.regions);
}

/** Returns up to `limit` items related to `item`, best first; items sharing nothing are left out. */
export function relatedItems(item: Item, candidates: readonly Item[], limit = 4): Item[] {
  return candidates
    .filter((candidate) => candidate !== item)
    .map((candidate) => ({ candidate, score: relatedScore(item, candidate) }))
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || b.candidate.published.getTime() - a.candidate.published.getTime() || compareFrench(a.candidate.title, b.candidate.title))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

export interface PeerOrganization {
  organization: Organization;
  /** The peer's sheets that share a theme with the item. */
  sheets: Item[];
}

/** Returns the other organizations whose sheets share a theme with `item` ("who else practices this"), most sheets first. */
export function peerOrganizations(item: Item, sheets: readonly Item[], limit = 4): PeerOrganization[] {
  const byOrg = new Map<Organization, Item[]>();
  for (const sheet of sheets) {
    const org = sheet.organization;
    if (!org || org === item.organization || sheet === item || shared(item.themes, sheet.themes) === 0) continue;
    byOrg.set(org, [...(byOrg.get(org) ?? []), sheet]);
  }
  return [...byOrg]
    .map(([organization, list]) => ({ organization, sheets: list }))
    .sort((a, b) => b.sheets.length - a.sheets.length || compareFrench(a.organization.name, b.organization.name))
    .slice(0, limit);
}
