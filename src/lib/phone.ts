/**
 * Returns the `tel:` address of a phone number as Québec writes it (RFC 3966): « 418 555-0119 » →
 * `tel:+14185550119`, « 418 555-0119, poste 22 » → `tel:+14185550119;ext=22`. A number that is not
 * North American keeps its own digits (and its « + »).
 */
export function telHref(phone: string): string {
  const match = /^(.*?)(?:[\s,]*(?:poste|p\.|ext\.?|x|#)\s*(\d+))?\s*$/i.exec(phone)!;
  const main = match[1]!.replace(/[^\d+]/g, '');
  const digits = /^\d{10}$/.test(main) ? `+1${main}` : /^1\d{10}$/.test(main) ? `+${main}` : main;
  return `tel:${digits}${match[2] ? `;ext=${match[2]}` : ''}`;
}
