/** Whether a problem blocks publication (error) or only deserves a second look (warning). */
type Severity = 'error' | 'warning';

/** One thing to fix in one file, worded for a contributor in French. */
export interface ContentProblem {
  severity: Severity;
  /** Path from the project root, e.g. `content/fiches/mentorat.mdx`. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number | undefined;
  /** What the problem is about: `champ « Titre » (title)`, `corps du texte`, `nom du fichier`… */
  subject: string;
  /** What is wrong, without a final period. */
  problem: string;
  /** How to fix it, as a sentence. */
  fix: string;
  /** The file name the fix proposes, when it proposes renaming the file. */
  rename?: string | undefined;
}

/** Returns the problem on one line: `file:line — subject : problem. Correction : fix` */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const fix = problem.fix.charAt(0).toUpperCase() + problem.fix.slice(1);
  return `${place} — ${problem.subject} : ${problem.problem}. Correction : ${fix}`;
}

/** Returns problems in reading order: by file, then line, errors before warnings on the same line. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Returns the subject naming a field, e.g. `champ « Titre » (title)`. */
export function fieldSubject(label: string, path: string): string {
  return `champ « ${label} » (${path})`;
}

/** Escapes a workflow command's message (GitHub decodes %25, %0D, %0A). */
const escapeMessage = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a workflow command's property: a `,` or `:` in a file name would otherwise end it and start a forged one. */
const escapeProperty = (text: string) => escapeMessage(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Returns the problem as a GitHub Actions annotation, shown on its line in the pull request's diff. */
export function githubAnnotation(problem: ContentProblem): string {
  const place = `file=${escapeProperty(problem.file)}${problem.line ? `,line=${problem.line}` : ''}`;
  return `::${problem.severity === 'error' ? 'error' : 'warning'} ${place}::${escapeMessage(formatProblem(problem))}`;
}
