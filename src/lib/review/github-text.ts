/**
 * Text that GitHub must show as written in a comment, not act on. GitHub finds mentions (`@name`, `@org/team`)
 * and references (`#1`, `owner/repo#1`, `GH-1`) in the rendered text, after HTML entities are decoded, so an
 * entity such as `&#64;` would not stop them; GFM's autolink extension links `www.`, `http://`, `https://`
 * and emails. An invisible U+2060 WORD JOINER placed inside each pattern stops all of them: it is not a
 * character of a name, a number or an address, and it never breaks a line. The text reads the same.
 *
 * This module imports nothing: the comment workflow runs it with Node alone, before any package is installed.
 */

const joiner = '\u2060';

/** Returns `text` with no mention, email or issue reference left for GitHub; addresses still link. */
export function breakReferences(text: string): string {
  return (
    text
      .replace(/@(?!\u2060)/g, `@${joiner}`)
      // A numeric character reference (`&#60;`) is kept whole.
      .replace(/(&#\d+;)|#(?=\d)/g, (_match, reference?: string) => reference ?? `#${joiner}`)
      .replace(/(gh\\?-)(?=\d)/gi, `$1${joiner}`)
  );
}

/** Returns `text` with no mention, email, issue reference nor automatic link left for GitHub. */
export function breakAutolinks(text: string): string {
  return breakReferences(text)
    .replace(/:(?=\/\/)/g, `:${joiner}`)
    .replace(/(www)(?=\.)/gi, `$1${joiner}`);
}
