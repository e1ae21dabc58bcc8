import type { CollectionSpec } from '../../schema/fields';
import { checkEntryFile } from '../validation/entry';
import type { ContentProblem } from '../validation/problem';
import type { ProposedFile } from './entry';

/** The start of the build's fix for a missing field, which speaks of the file's lines: a form has boxes. */
const addTheLine = /^ajoutez la ligne « [^»]+ » à l’en-tête\./;

/**
 * Returns the problems the build would find in a proposed file (schema, body safety, quality), its uploads left
 * aside (a proposal has none); a missing field's fix says to fill it in, followed by the field's hint as the build's does.
 */
export function proposalProblems(file: ProposedFile, spec: CollectionSpec, now: Date): ContentProblem[] {
  const { problems } = checkEntryFile(file.path, new TextEncoder().encode(file.text), spec, { fileSize: () => undefined, now });
  return problems.map((problem) => (addTheLine.test(problem.fix) ? { ...problem, fix: problem.fix.replace(addTheLine, 'remplissez ce champ.') } : problem));
}
