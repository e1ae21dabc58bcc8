import type { Item } from './model';
import { joinFrench } from './text';

/** Returns a ready-to-copy French citation of an item, e.g. for a report or a grant application. */
export function citeItem(item: Item, absoluteUrl: string, siteName: string): string {
  const org = item.organization?.name;
  const who = item.authors.length > 0 ? `${joinFrench(item.authors)}${org ? ` (${org})` : ''}` : (org ?? siteName);
  const year = item.published.getUTCFullYear();
  return `${who}. (${year}). ${item.title} [${item.typeLabel.toLowerCase()}]. ${siteName}. ${absoluteUrl}`;
}
