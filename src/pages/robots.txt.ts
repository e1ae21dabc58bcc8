import type { APIRoute } from 'astro';
import { site } from '../config';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /admin/\nSitemap: ${new URL('/sitemap.xml', site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
