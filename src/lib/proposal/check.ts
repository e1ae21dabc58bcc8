import type { CollectionSpec } from '../../schema/fields';
import { checkEntryFile } from '../validation/entry';
import type { ContentProblem } from '../validation/problem';
import type { ProposedFile } from './entry';

/** Returns the problems the build would find in a proposed file (schema, body safety, quality), its uploads left aside: a proposal has none. */
export function proposalProblems(file: ProposedFile, spec: CollectionSpec, now: Date): ContentProblem[] {
  return checkEntryFile(file.path, new TextEncoder().encode(file.text), spec, { fileSize: () => undefined, now }).problems;
}
