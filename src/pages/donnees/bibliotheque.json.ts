import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library';
import { openData } from '../../lib/open-data';
import { site } from '../../config';
import { questionData } from '../../lib/appels';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const questions = library.questions.map((question) => questionData(question, site.url));
  return new Response(JSON.stringify({ ...openData(library, site.url), questions }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
