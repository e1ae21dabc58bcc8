import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library';
import { vocabulary } from '../../lib/search-suggest';

/** The library's words (titles and summaries of sheets, tools and models), fetched by the search page when a query finds nothing. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const items = [...library.byKind.fiche, ...library.byKind.outil, ...library.byKind.modele];
  const texts = [...items.flatMap((item) => [item.title, item.summary]), ...library.taxonomies.themes.map((theme) => theme.label)];
  return new Response(JSON.stringify(vocabulary(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
