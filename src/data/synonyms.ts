import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synonymsFile } from '../schema/synonyms';
import { checkSynonymsFile } from '../lib/validation/synonyms';
import { formatProblem } from '../lib/validation/problem';
import { contentDir } from './content-dir';

/**
 * Returns the committee's synonym groups (`content/recherche/synonymes.yml`), checked by the validator's own rules;
 * none when the library has no such file. A mistake in the file stops the build with the validator's French message.
 */
export function readSynonyms(): string[][] {
  const path = join(contentDir, synonymsFile.folder, synonymsFile.name);
  if (!existsSync(path)) return [];
  const { problems, groups } = checkSynonymsFile(path, readFileSync(path));
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'));
  return groups;
}
