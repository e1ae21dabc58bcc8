import { findForbiddenCharacter, forbiddenCharacterMessage } from '../safety/characters';
import { checkBody } from '../safety/body-rules';
import type { ContentProblem } from './problem';

/**
 * Returns the safety problems of a body as content problems, at their line in the file: the MDX rules, and
 * the first invisible character that would break a feed or hide what the text says (src/lib/safety/characters.ts).
 */
export function bodySafetyProblems(body: string, file: string, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = checkBody(body).map((problem) => ({
    severity: 'error',
    file,
    line: problem.line + bodyLine - 1,
    subject: 'corps du texte',
    problem: problem.problem,
    fix: problem.fix,
  }));
  const found = findForbiddenCharacter(body, true);
  if (found) problems.push({ severity: 'error', file, line: found.line + bodyLine - 1, subject: 'corps du texte', ...forbiddenCharacterMessage(found, 'body') });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
