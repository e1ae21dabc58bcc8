/** The stylesheet that declares `--site-url` (src/integrations/site-url-css.ts). */
declare module 'virtual:carrefour/site-url.css';

/** The address of the CMS page's script (cms/integration.ts). */
declare module 'virtual:carrefour/cms-script' {
  const address: string;
  export default address;
}
