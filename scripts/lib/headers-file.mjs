// Reads a `_headers` file (Netlify and Cloudflare Pages syntax) so a local server answers like the host.

/** @typedef {{ pattern: string, headers: Record<string, string>, detach: string[] }} HeadersRule */

/**
 * Returns the rules of a `_headers` text, in file order: a path pattern, then indented `Name: value` lines and
 * `! Name` lines (Cloudflare Pages: detach that header as earlier matching rules set it).
 * @param {string} text
 * @returns {HeadersRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeadersRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const detached = /^\s+!\s*([\w-]+)\s*$/.exec(line)?.[1];
    const rule = rules.at(-1);
    if (rule && detached) rule.detach.push(detached);
    else if (!rule || colon < 0) throw new Error(`Ligne de _headers invalide : « ${line} »`);
    else rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
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
 * replaces an earlier one (Netlify's behaviour; its parser skips `! Name` lines, which have no colon).
 * @param {HeadersRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, path)).map((rule) => rule.headers));
}

/**
 * Returns the values of each header for a path as Cloudflare Pages sends them: every matching rule applies in
 * file order, first removing the headers it detaches, then adding its values to those of earlier rules (the
 * host joins them with commas). tests/browser/host-headers.test.ts checks this against `wrangler pages dev`.
 * @param {HeadersRule[]} rules
 * @param {string} path
 * @returns {Record<string, string[]>}
 */
export function cloudflareHeadersFor(rules, path) {
  /** @type {Record<string, string[]>} */
  const values = {};
  for (const rule of rules.filter((candidate) => matches(candidate.pattern, path))) {
    for (const name of rule.detach) delete values[name];
    for (const [name, value] of Object.entries(rule.headers)) (values[name] ??= []).push(value);
  }
  return values;
}
