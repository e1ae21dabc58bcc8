import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getLibrary } from '../data/library';
import { feedOptions } from '../lib/feeds';
import { site } from '../config';
import { questionFeedEntry } from '../lib/appels';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  return rss(
    feedOptions({ siteUrl: site.url, title: site.name, description: site.description }, [
      ...library.items,
      ...library.events,
      ...library.reports,
      ...library.questions.map(questionFeedEntry),
    ]),
  );
};
