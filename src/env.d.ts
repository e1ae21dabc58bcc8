/** The stylesheet that declares `--site-url` (src/integrations/site-url-css.ts). */
declare module 'virtual:carrefour/site-url.css';
