import type { Item } from './model';
import { consulted } from './consulted';
import { capitalize, joinFrench } from './text';

/** Returns `text` ended by a period, unless it already ends with a sign that closes a sentence. */
function sentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/**
 * Returns a ready-to-copy French citation of an item (APA style, French usage), for a report or a grant
 * application: « Auteurs (Organisme). (Année). Titre [Type]. Site. Consulté le 3 juin 2025, à https://… ».
 * Without `consultedOn` (the built page), the date is left out: the page's script adds the reader's own.
 */
export function citeItem(item: Item, absoluteUrl: string, siteName: string, consultedOn?: string): string {
  const org = item.organization?.name;
  const who = item.authors.length > 0 ? `${joinFrench(item.authors)}${org ? ` (${org})` : ''}` : (org ?? siteName);
  const year = item.published.getUTCFullYear();
  const title = `${item.title} [${capitalize(item.typeLabel)}]`;
  return `${sentence(who)} (${year}). ${sentence(title)} ${sentence(siteName)} ${consultedOn ? consulted(consultedOn) : ''}${absoluteUrl}`;
}
