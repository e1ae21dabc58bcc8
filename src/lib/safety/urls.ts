import { isOneOf } from '../records';
/**
 * URL rules for contributor content: which addresses a link, an image or a reference definition may use.
 * Browsers ignore tabs, line breaks and leading control characters in a URL, and decode HTML entities
 * in attributes, so a scheme is read the way a browser reads it before it is judged.
 */

/** Schemes that run code or smuggle a whole document: never allowed. */
const forbiddenSchemes = ['javascript', 'vbscript', 'data'] as const;

/** Schemes a contributor may link to; `http` is allowed but earns a warning. */
const allowedSchemes = ['https', 'http', 'mailto', 'tel'] as const;

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  period: '.',
  lpar: '(',
  rpar: ')',
  semi: ';',
  equals: '=',
  num: '#',
  nbsp: '\u00a0',
};

/** Returns `text` with HTML character references decoded (numeric ones, and the named ones that can hide a scheme). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal || hex) {
      const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return namedEntities[name!.toLowerCase()] ?? match;
  });
}

/** Returns a URL as a browser reads it: entities decoded, leading C0 controls and spaces stripped, tabs and line breaks removed. */
function readAsBrowser(url: string): string {
  return (
    decodeEntities(url)
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/^[\u0000-\u0020]+/, '')
      .replace(/[\t\n\r]/g, '')
  );
}

/** Returns the scheme of a URL as a browser would read it (lower case, without `:`), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(readAsBrowser(url));
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * How a URL is judged: `forbidden`, `unknown` and `misleading` (a web address with user info before its host,
 * `https://site.example@evil.example/`, which leads to evil.example) are errors, `insecure` (http:) is a warning.
 */
export type UrlVerdict = 'ok' | 'insecure' | 'forbidden' | 'unknown' | 'misleading';

/** Returns the verdict on a URL found in contributor content. */
export function judgeUrl(url: string): UrlVerdict {
  const scheme = urlScheme(url);
  if (scheme === undefined) return 'ok';
  if (isOneOf(forbiddenSchemes, scheme)) return 'forbidden';
  // Browsers read `\` as `/` in a web address: the host ends there too.
  if ((scheme === 'http' || scheme === 'https') && /^https?:\/\/[^/?#\\]*@/i.test(readAsBrowser(url))) return 'misleading';
  if (scheme === 'http') return 'insecure';
  return isOneOf(allowedSchemes, scheme) ? 'ok' : 'unknown';
}
