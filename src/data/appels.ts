import { buildQuestions, type Question } from '../lib/appels';
import { entriesOf, getLibrary } from './library';

let questions: Promise<Question[]> | undefined;

async function loadQuestions(): Promise<Question[]> {
  // The library loads and checks every kind's references first (a broken one fails the build there).
  const library = await getLibrary();
  return buildQuestions(await entriesOf('appel'), library);
}

/** Returns the questions to the network, their references resolved, loaded once per build. */
export function getQuestions(): Promise<Question[]> {
  questions ??= loadQuestions();
  return questions;
}
