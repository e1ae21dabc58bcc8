// The work of `npm run validate [files…]`, callable in-process: checks the library under `root` and prints what to
// fix, in French, through `print`. Returns the exit code (1 on any error or missing file).
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { formatProblem, githubAnnotation, type ContentProblem } from '../../src/lib/validation/problem';
import { validateLibrary } from '../../src/lib/validation/library';
import { plural } from '../../src/lib/text';
import { emptyFolderProblem } from '../../src/lib/validation/content-folder';
import { publicFileSize, readContentFolder } from './library-files';

export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface ValidateOptions {
  root: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  print: CommandOutput;
}

/** The library's problems; or only the folder's, when it cannot be read or holds nothing to check (always shown). */
function folderAndLibraryProblems(root: string, contentDir: string): { folderProblem?: ContentProblem; problems: ContentProblem[] } {
  const read = readContentFolder(root, contentDir);
  if ('problem' in read) return { folderProblem: read.problem, problems: [read.problem] };
  const { problems, entryFiles } = validateLibrary(read.files, { fileSize: publicFileSize(root), now: new Date(), contentDir: read.folder });
  if (entryFiles > 0) return { problems };
  const folderProblem = emptyFolderProblem(read.folder);
  return { folderProblem, problems: [folderProblem, ...problems] };
}

export function runValidate({ root, args, env, print }: ValidateOptions): number {
  const toPath = (arg: string) => relative(root, resolve(root, arg)).split(sep).join('/');
  const wanted = args.filter((arg) => !arg.startsWith('--')).map(toPath);
  const missing = wanted.filter((path) => !existsSync(resolve(root, path)));
  for (const path of missing) print.err(`${path} — fichier introuvable. Correction : Vérifiez le chemin (par exemple content/fiches/mon-fichier.mdx).`);

  const { folderProblem, problems } = folderAndLibraryProblems(root, env.CARREFOUR_CONTENT_DIR ?? 'content');
  const isWanted = (problem: ContentProblem) =>
    problem === folderProblem || wanted.length === 0 || wanted.some((path) => problem.file === path || problem.file.startsWith(`${path}/`));
  const shown = problems.filter(isWanted);
  const errors = shown.filter((p) => p.severity === 'error');
  const warnings = shown.filter((p) => p.severity === 'warning');

  if (errors.length > 0) print.out(`Erreurs, à corriger avant de publier :\n${errors.map(formatProblem).join('\n')}\n`);
  if (warnings.length > 0) print.out(`Avertissements, à vérifier :\n${warnings.map(formatProblem).join('\n')}\n`);
  if (env.GITHUB_ACTIONS === 'true') {
    // Annotations put each message on the line of the file in the pull request's diff.
    for (const p of shown) print.out(githubAnnotation(p));
  }
  const files = new Set(shown.map((p) => p.file)).size;
  print.out(
    errors.length === 0 && missing.length === 0
      ? `Validation réussie : aucune erreur${warnings.length > 0 ? `, ${plural(warnings.length, 'avertissement', 'avertissements')}` : ''}.`
      : `Validation échouée : ${plural(errors.length + missing.length, 'erreur', 'erreurs')} et ${plural(warnings.length, 'avertissement', 'avertissements')}, dans ${plural(files + missing.length, 'fichier', 'fichiers')}.`,
  );
  return errors.length > 0 || missing.length > 0 ? 1 : 0;
}
