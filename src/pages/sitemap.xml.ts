import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getLibrary } from '../data/library';
import { sitePaths } from '../lib/routes';
import { sitemapXml } from '../lib/feeds';
import { site } from '../config';

export const GET: APIRoute = async () => {
  const [library, pages] = await Promise.all([getLibrary(), getCollection('pages')]);
  const xml = sitemapXml(site.url, sitePaths(library, pages.map((page) => page.id)));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
