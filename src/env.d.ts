/** The stylesheet that declares `--site-url` (src/integrations/site-url-css.ts). */
declare module 'virtual:carrefour/site-url.css';

/** The address of the CMS page's script (cms/integration.ts). */
declare module 'virtual:carrefour/cms-script' {
  const address: string;
  export default address;
}

/** A small pure-JS inflate (zip entries in src/lib/safety/zip.ts): writes into `dest` and returns what it filled. */
declare module 'tiny-inflate' {
  export default function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array;
}
