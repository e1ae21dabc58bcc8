// Content Security Policies: one for the public site, one for the CMS under /admin/.
// Written once here; the layout puts them in a <meta> and `npm run headers` writes public/_headers.
// No imports, so Node can load this file directly (scripts/write-headers.mjs).

/** A policy: directive name → allowed sources. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * The public site runs only its own files. Pagefind compiles WebAssembly ('wasm-unsafe-eval', which
 * allows no JavaScript eval) and may search in a worker loaded from /pagefind/ ('self').
 * No inline script, no inline style, no style attribute, nothing from another origin.
 */
export const sitePolicy: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The contribution space, Decap CMS: its editor injects <style> elements (CSS-in-JS) and shows
 * uploaded images before they are committed (blob: and data: URLs, which it also fetches); it compiles its configuration
 * checks at run time ('unsafe-eval', seen failing without it in tests/browser/cms.test.ts); its GitHub
 * backend talks to the GitHub API. Only /admin/ gets these allowances; adjust them here, and only here.
 * @see https://github.com/decaporg/decap-cms/issues/2138
 */
export const adminPolicy: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'blob:', 'data:', 'https://api.github.com'],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Uploaded files: documents and images, never pages. Opened on their own, they run in a sandbox (an opaque
 * origin: no script, no form, no access to the site's storage) and may load nothing.
 */
export const uploadPolicy: Policy = {
  'default-src': ["'none'"],
  sandbox: [],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The public folders of uploads (see src/lib/safety/uploads.ts, which this module cannot import) and how
 * each is served: attachments are downloaded; images stay viewable, since pages show them inline.
 */
export const uploadFolderHeaders: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/fichiers': { 'Content-Disposition': 'attachment' },
  '/images': {},
};

/**
 * Headers for every response. `nosniff`: a browser never takes a file for another type than the one the host
 * declares (a PDF read as HTML, a text read as a script). The referrer policy sends other sites the site's
 * origin only, never the page's path or a search query, and nothing over plain HTTP; the network's members
 * still see in their statistics that a visit came from the library.
 */
const siteHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Directives a browser ignores (and complains about) when the policy comes in a <meta> element. */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Returns the policy as a header value; for a <meta> element, without the directives meta cannot carry. */
export function policyToString(policy: Policy, delivery: 'header' | 'meta'): string {
  return Object.entries(policy)
    .filter(([directive]) => delivery === 'header' || !headerOnly.has(directive))
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** Returns the text of the `_headers` file (Netlify and Cloudflare Pages syntax) carrying the policies and headers. */
export function headersFile(): string {
  return [
    '# Generated from src/lib/csp.ts by `npm run headers`: edit that module, then run the script.',
    '# Netlify lets the last matching rule set a header, so /admin/ gets its own policy. Cloudflare Pages',
    '# joins the values of matching rules instead: there, "! Content-Security-Policy" detaches the site',
    '# policy from /admin/ before the admin one applies (Netlify skips that line, which has no colon).',
    '# The upload folders come last: on Netlify their policy replaces the site one; on Cloudflare Pages both',
    '# apply, and a browser enforces every policy it receives, so the sandbox holds on either host.',
    '/*',
    `  Content-Security-Policy: ${policyToString(sitePolicy, 'header')}`,
    ...Object.entries(siteHeaders).map(([name, value]) => `  ${name}: ${value}`),
    '/admin/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${policyToString(adminPolicy, 'header')}`,
    ...Object.entries(uploadFolderHeaders).flatMap(([folder, headers]) => [
      `${folder}/*`,
      `  Content-Security-Policy: ${policyToString(uploadPolicy, 'header')}`,
      ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    ]),
    '',
  ].join('\n');
}
