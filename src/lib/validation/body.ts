import { checkBody } from '../safety/body-rules';
import type { ContentProblem } from './problem';

/** Returns the MDX safety problems of a body as content problems, at their line in the file. */
export function bodySafetyProblems(body: string, file: string, bodyLine: number): ContentProblem[] {
  return checkBody(body).map((problem) => ({
    severity: 'error',
    file,
    line: problem.line + bodyLine - 1,
    subject: 'corps du texte',
    problem: problem.problem,
    fix: problem.fix,
  }));
}
