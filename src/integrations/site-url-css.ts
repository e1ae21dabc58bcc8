import type { Plugin } from 'vite';

/** The stylesheet's module name; `src/env.d.ts` declares it for TypeScript. */
const siteUrlCssId = 'virtual:carrefour/site-url.css';
const resolvedId = `\0${siteUrlCssId}`;

/** Returns the CSS declaring the site's address as `--site-url`, a string the print stylesheet writes before local links. */
export function siteUrlCss(siteUrl: string): string {
  return `:root { --site-url: ${JSON.stringify(siteUrl.replace(/\/$/, ''))}; }\n`;
}

/**
 * Provides `virtual:carrefour/site-url.css`, so the address ends up in the bundled stylesheet
 * rather than in a style attribute, which the Content Security Policy forbids.
 */
export function siteUrlStylesheet(siteUrl: string): Plugin {
  return {
    name: 'carrefour-site-url-css',
    resolveId: (id) => (id === siteUrlCssId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? siteUrlCss(siteUrl) : undefined),
  };
}
