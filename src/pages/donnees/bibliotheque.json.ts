import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library';
import { openData } from '../../lib/open-data';
import { site } from '../../config';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  return new Response(JSON.stringify(openData(library, site.url), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
