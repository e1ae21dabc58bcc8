import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library';
import { rssFeed } from '../lib/feeds';
import { site } from '../config';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const xml = rssFeed({ siteUrl: site.url, title: site.name, description: site.description }, library.items);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
