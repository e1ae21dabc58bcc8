import type { APIRoute, InferGetStaticPropsType } from 'astro';
import rss from '@astrojs/rss';
import { getLibrary } from '../../../data/library';
import { feedOptions } from '../../../lib/feeds';
import { taxonFeedInfo, taxonFeeds } from '../../../lib/taxon-feeds';
import { site } from '../../../config';

export async function getStaticPaths() {
  const library = await getLibrary();
  return taxonFeeds(library, 'regions').map((feed) => ({ params: { id: feed.id }, props: { feed } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => rss(feedOptions(taxonFeedInfo(props.feed, site), props.feed.items));
