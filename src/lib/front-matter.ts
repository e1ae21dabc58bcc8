import { parse, YAMLParseError } from 'yaml';
import { formatProblem } from './validation/problem';

/** A content file split into its YAML front matter and its Markdown body. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Line number (1-based) where the body starts, to report body problems at the right line. */
  bodyLine: number;
  /** The YAML between the two `---` lines; it starts on line 2 of the file. */
  yaml: string;
}

/** A problem with a file's front matter, with a French message that says how to fix it. */
export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(formatProblem({ severity: 'error', file, line, subject: 'en-tête', problem, fix }));
    this.name = 'FrontMatterError';
  }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Returns the fields written in `yaml`, a YAML text that starts at line `firstLine` of `file`.
 * Throws a FrontMatterError at the line of the first syntax error, or when the text is not a set of fields.
 */
export function parseFields(yaml: string, file: string, firstLine: number): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(yaml, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = firstLine + (yaml.slice(0, error.pos[0]).match(/\n/g)?.length ?? 0);
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      // The parser notices the missing quote where the text ends; the contributor needs the line where it opened.
      const quote = error.message.includes('"') ? '"' : "'";
      const before = yaml.slice(0, error.pos[0]).split('\n');
      const opened = before.findIndex((text) => (text.split(quote).length - 1) % 2 === 1);
      throw new FrontMatterError(
        file,
        firstLine + (opened === -1 ? before.length - 1 : opened),
        `guillemet ${quote} ouvert et jamais fermé`,
        'fermez le guillemet à la fin de la valeur, ou retirez-le.',
      );
    }
    if (error.code === 'DUPLICATE_KEY') {
      throw new FrontMatterError(file, line, 'un champ est écrit deux fois', 'gardez une seule ligne pour ce champ.');
    }
    throw new FrontMatterError(file, line, 'syntaxe YAML invalide', 'vérifiez les deux-points, l’indentation et les guillemets de cette ligne et des lignes voisines.');
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError(file, firstLine, 'ce n’est pas une liste de champs', 'écrivez un champ par ligne, sous la forme « nom: valeur ».');
  }
  return data as Record<string, unknown>;
}

/**
 * Returns the front matter and body of a content file, as Decap CMS writes it (`---`, YAML, `---`, body).
 * Accepts a UTF-8 byte-order mark and Windows line endings; throws a FrontMatterError otherwise.
 */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const clean = text.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(clean);
  if (!match) {
    throw new FrontMatterError(file, 1, 'introuvable', 'le fichier doit commencer par une ligne « --- », suivie des champs, puis d’une autre ligne « --- ».');
  }
  const data = parseFields(match[1]!, file, 2);
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { data, body: clean.slice(match[0].length), bodyLine, yaml: match[1]! };
}

/**
 * Returns the fields of a content file of either format: an MDX file's front matter and body, or a YAML
 * data file's fields (no body). Throws a FrontMatterError as `splitFrontMatter` and `parseFields` do.
 */
export function splitContentFile(text: string, file: string, extension: 'mdx' | 'yml'): Omit<SplitFile, 'body'> & { body: string | undefined } {
  if (extension === 'mdx') return splitFrontMatter(text, file);
  const yaml = text.replace(/^\uFEFF/, '');
  return { data: parseFields(yaml, file, 1), yaml, body: undefined, bodyLine: 1 };
}
