/**
 * Markdown pieces for the review report, which GitHub renders as a comment: text written by contributors
 * (titles, values, problem messages that quote them) must show as written and never become a link,
 * an image, a tag, a table cell of its own, a mention or a reference to another proposal.
 */
import { breakAutolinks } from './github-text';

/** Returns `text` on one line, with every character Markdown or HTML would read as markup escaped, and no mention, reference or automatic link. */
export function escapeMarkdown(text: string): string {
  return breakAutolinks(
    text
      .replace(/\s*[\r\n]+\s*/g, ' ')
      // Parentheses and `!` only make a link or an image after a `[`, which is escaped.
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
  );
}

/** Returns `text` as an inline code span, on one line, whatever backticks or pipes it holds. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Returns `text` cut to at most `max` characters, its middle replaced by « … » (the end of a path or a sentence stays). */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.6);
  return `${chars.slice(0, head).join('').trimEnd()}…${chars
    .slice(chars.length - (max - 1 - head))
    .join('')
    .trimStart()}`;
}

/**
 * Returns a Markdown link to a site path: absolute on `siteUrl` when there is one (http or https only),
 * else the path alone as code, since a relative link in a GitHub comment would point into GitHub.
 */
export function pageLink(path: string, siteUrl: string | undefined): string {
  const base = siteUrl ? siteBase(siteUrl) : undefined;
  if (!base) return inlineCode(path);
  const href = base + encodeURI(path).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(path)}](${href})`;
}

/** Returns the address without its final slash when it is an http or https URL, else undefined. */
export function siteBase(siteUrl: string): string | undefined {
  try {
    const url = new URL(siteUrl.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}
