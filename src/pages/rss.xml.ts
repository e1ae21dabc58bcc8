import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getLibrary } from '../data/library';
import { feedEntries, feedOptions } from '../lib/feeds';
import { site } from '../config';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  return rss(feedOptions({ siteUrl: site.url, title: site.name, description: site.description }, feedEntries(library)));
};
