import type { APIRoute } from 'astro';
import { site } from '../config';

// @astrojs/sitemap (astro.config.mjs) writes sitemap-index.xml, which lists sitemap-0.xml.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /admin/\nSitemap: ${new URL('/sitemap-index.xml', site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
