// Reads a `_headers` file (Netlify and Cloudflare Pages syntax) so a local server answers like the host.

/**
 * Returns the rules of a `_headers` text, in file order: a path pattern, then indented `Name: value` lines.
 * @param {string} text
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`Ligne de _headers invalide : « ${line} »`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Returns whether a rule's pattern (`*` matches anything, slashes included) matches a path. */
function matches(pattern, path) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Returns the headers for a path: every matching rule applies, and a later rule's value for a header
 * replaces an earlier one (Netlify's behaviour).
 * @param {{ pattern: string, headers: Record<string, string> }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, path)).map((rule) => rule.headers));
}
