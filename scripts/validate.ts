// `npm run validate [files…]`: checks the library's content against the schema, the reference rules and the
// MDX safety rules (the same modules the build uses), and prints what to fix, in French. Exit code 1 on any error.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { formatProblem, githubAnnotation, type ContentProblem } from '../src/lib/validation/problem';
import { validateLibrary } from '../src/lib/validation/library';
import { plural } from '../src/lib/text';
import { emptyFolderProblem } from '../src/lib/validation/content-folder';
import { publicFileSize, readContentFolder } from './lib/library-files';

const root = process.cwd();
const toPath = (arg: string) => relative(root, resolve(arg)).split(sep).join('/');
const wanted = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(toPath);

const missing = wanted.filter((path) => !existsSync(resolve(root, path)));
for (const path of missing) console.error(`${path} — fichier introuvable. Correction : Vérifiez le chemin (par exemple content/fiches/mon-fichier.mdx).`);

/** The library's problems; or only the folder's, when it cannot be read or holds nothing to check (always shown). */
function folderAndLibraryProblems(): { folderProblem?: ContentProblem; problems: ContentProblem[] } {
  const read = readContentFolder(root, process.env.CARREFOUR_CONTENT_DIR ?? 'content');
  if ('problem' in read) return { folderProblem: read.problem, problems: [read.problem] };
  const { problems, entryFiles } = validateLibrary(read.files, { fileSize: publicFileSize(root), now: new Date(), contentDir: read.folder });
  if (entryFiles > 0) return { problems };
  const folderProblem = emptyFolderProblem(read.folder);
  return { folderProblem, problems: [folderProblem, ...problems] };
}

const { folderProblem, problems } = folderAndLibraryProblems();
const isWanted = (problem: ContentProblem) =>
  problem === folderProblem || wanted.length === 0 || wanted.some((path) => problem.file === path || problem.file.startsWith(`${path}/`));
const shown = problems.filter(isWanted);
const errors = shown.filter((p) => p.severity === 'error');
const warnings = shown.filter((p) => p.severity === 'warning');

if (errors.length > 0) console.log(`Erreurs, à corriger avant de publier :\n${errors.map(formatProblem).join('\n')}\n`);
if (warnings.length > 0) console.log(`Avertissements, à vérifier :\n${warnings.map(formatProblem).join('\n')}\n`);
if (process.env.GITHUB_ACTIONS === 'true') {
  // Annotations put each message on the line of the file in the pull request's diff.
  for (const p of shown) console.log(githubAnnotation(p));
}
const files = new Set(shown.map((p) => p.file)).size;
console.log(
  errors.length === 0 && missing.length === 0
    ? `Validation réussie : aucune erreur${warnings.length > 0 ? `, ${plural(warnings.length, 'avertissement', 'avertissements')}` : ''}.`
    : `Validation échouée : ${plural(errors.length + missing.length, 'erreur', 'erreurs')} et ${plural(warnings.length, 'avertissement', 'avertissements')}, dans ${plural(files + missing.length, 'fichier', 'fichiers')}.`,
);
process.exitCode = errors.length > 0 || missing.length > 0 ? 1 : 0;
