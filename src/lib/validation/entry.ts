import type { CollectionSpec } from '../../schema/fields';
import { ContentFileError, decodeContentFile, fileNameProblem } from '../content-file';
import { FrontMatterError, splitContentFile } from '../front-matter';
import { parseMarkdown } from '../safety/parse';
import { takenAddress } from '../slugs';
import { bodySafetyProblems } from './body';
import type { ContentProblem } from './problem';
import { qualityProblems, type FileSizeLookup } from './quality';
import { checkSchema } from './schema';
import { yamlLineFinder, type LineFinder } from './yaml-lines';

/** A content file that could be read, with what the library-wide checks need. */
export interface ReadEntry {
  spec: CollectionSpec;
  id: string;
  file: string;
  /** Fields as written (before the schema's defaults and conversions). */
  data: Record<string, unknown>;
  /** Fields as the schema returns them, when they are valid. */
  value?: Record<string, unknown> | undefined;
  lineOf: LineFinder;
}

export interface EntryCheckOptions {
  fileSize: FileSizeLookup;
  now: Date;
}

/** Returns a ContentFileError or FrontMatterError as a problem; rethrows anything else (a bug, not a content problem). */
export function problemOfError(error: unknown): ContentProblem {
  if (error instanceof ContentFileError) return { severity: 'error', file: error.file, subject: error.subject, problem: error.problem, fix: error.fix };
  if (error instanceof FrontMatterError) return { severity: 'error', file: error.file, line: error.line, subject: 'en-tête', problem: error.problem, fix: error.fix };
  throw error;
}

/**
 * Returns the problems of one file of a collection (reading, name, front matter against the schema,
 * body safety, quality) and the entry when its fields could be read.
 * @param file path from the project root; its last segment is the file name
 */
export function checkEntryFile(file: string, bytes: Uint8Array, spec: CollectionSpec, options: EntryCheckOptions): { problems: ContentProblem[]; entry?: ReadEntry } {
  const name = file.split('/').pop()!;
  const id = name.slice(0, -(spec.extension.length + 1));
  const problems: ContentProblem[] = [];
  const naming = fileNameProblem(name);
  if (naming) problems.push({ severity: 'error', file, subject: 'nom du fichier', ...naming });
  const taken = takenAddress(spec.name, id);
  if (taken)
    problems.push({ severity: 'error', file, subject: 'nom du fichier', problem: `l’adresse ${taken} est déjà prise par le site`, fix: 'donnez un autre nom à ce fichier.' });
  try {
    const text = decodeContentFile(bytes, file);
    const split = splitContentFile(text, file, spec.extension);
    const lineOf = yamlLineFinder(split.yaml, spec.extension === 'mdx' ? 2 : 1);
    const schema = checkSchema(spec.fields, split.data, file, lineOf);
    problems.push(...schema.problems);
    const body = split.body === undefined ? undefined : { tree: parseMarkdown(split.body), line: split.bodyLine };
    if (split.body !== undefined) problems.push(...bodySafetyProblems(split.body, file, split.bodyLine));
    problems.push(...qualityProblems({ file, fields: spec.fields, data: schema.value ?? split.data, body, lineOf, ...options }));
    return { problems, entry: { spec, id, file, data: split.data, value: schema.value, lineOf } };
  } catch (error) {
    problems.push(problemOfError(error));
    return { problems };
  }
}
