import type { APIRoute } from 'astro';
import { readSynonyms } from '../../data/synonyms';

/** The committee's synonyms, fetched by the search page the first time a search finds too little (src/scripts/search-run.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(readSynonyms()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
