import { parse, YAMLParseError } from 'yaml';

/** A content file split into its YAML front matter and its Markdown body. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Line number (1-based) where the body starts, to report body problems at the right line. */
  bodyLine: number;
}

/** A problem with a file's front matter, with a French message that says how to fix it. */
export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''} — ${problem}`);
    this.name = 'FrontMatterError';
  }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Returns the front matter and body of a content file, as Decap CMS writes it (`---`, YAML, `---`, body).
 * Accepts a UTF-8 byte-order mark and Windows line endings; throws a FrontMatterError otherwise.
 */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const clean = text.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(clean);
  if (!match) {
    throw new FrontMatterError(file, 1, 'l’en-tête est introuvable : le fichier doit commencer par une ligne « --- », suivie des champs, puis d’une autre ligne « --- ».');
  }
  let data: unknown;
  try {
    data = parse(match[1]!, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 0) + 1 : undefined;
    const reason = error instanceof YAMLParseError && error.code === 'DUPLICATE_KEY' ? 'un champ est écrit deux fois' : 'la syntaxe YAML est invalide';
    throw new FrontMatterError(file, line, `en-tête illisible : ${reason}. Vérifiez les deux-points, l’indentation et les guillemets de cette ligne.`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError(file, 2, 'l’en-tête doit être une liste de champs « nom: valeur ».');
  }
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { data: data as Record<string, unknown>, body: clean.slice(match[0].length), bodyLine };
}
