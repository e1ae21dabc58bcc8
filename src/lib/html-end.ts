/**
 * Returns the start of what follows a page's closing `</html>` (whitespace aside), or undefined when nothing
 * does. Browsers move such content back into the body, but the page is malformed: a script there runs
 * after everything else and is easy to miss in a review of the page's source.
 */
export function afterHtmlEnd(html: string): string | undefined {
  const ends = [...html.matchAll(/<\/html\s*>/gi)];
  const last = ends.at(-1);
  if (!last) return undefined;
  const rest = html.slice(last.index + last[0].length).trim();
  return rest === '' ? undefined : rest.slice(0, 60);
}
