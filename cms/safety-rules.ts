// Loaded on demand by cms/safety-loader.ts (its own chunk): the body safety rules of the build and the
// validator (src/lib/safety/, through src/lib/validation/body.ts), worded for the form and the preview.
import { bodySafetyProblems } from '../src/lib/validation/body';
import { formatProblem } from '../src/lib/validation/problem';

/** A problem of a body in the form: its line in the body (as the editor shows it) and the validator's message. */
export interface FormBodyProblem {
  line: number;
  message: string;
}

/** A stand-in for the file path, cut from the validator's message: in the form the file may not exist yet. */
const place = 'corps';

/**
 * Returns every safety problem of a body, in body-line order, each worded as `npm run validate` prints it
 * (« … — corps du texte : balise <script> interdite. Correction : … ») with « Ligne N » where the validator
 * names the file and its line.
 */
export function formBodyProblems(body: string): FormBodyProblem[] {
  return bodySafetyProblems(body, place, 1).map((problem) => {
    const line = problem.line ?? 1;
    const printed = formatProblem(problem);
    return { line, message: `Ligne ${line}${printed.slice(`${place}:${line}`.length)}` };
  });
}
