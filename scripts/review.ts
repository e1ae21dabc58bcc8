// `npm run review -- --base <ref> [--site <url>]`: the French Markdown review report of a proposal, on standard output.
// Pages are linked on --site, else PREVIEW_URL, else SITE_URL; without any, the report gives their paths.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeChange, valueNames } from './lib/describe-change';
import { changedFiles, fileAt, filesContaining } from './lib/git';
import { publicFileSize, readContentFolder } from './lib/library-files';
import { siteBase } from '../src/lib/review/markdown';
import { reviewReport } from '../src/lib/review/report';
import { validateLibrary } from '../src/lib/validation/library';
import { emptyFolderProblem } from '../src/lib/validation/content-folder';
import { formatProblem, type ContentProblem } from '../src/lib/validation/problem';

const { values } = parseArgs({ options: { base: { type: 'string' }, site: { type: 'string' } } });
if (!values.base) {
  console.error('Indiquez la branche de comparaison : npm run review -- --base main');
  process.exit(2);
}
const siteUrl = [values.site, process.env.PREVIEW_URL, process.env.SITE_URL].map((value) => value?.trim()).find(Boolean);
if (siteUrl && !siteBase(siteUrl)) {
  console.error(`Adresse du site invalide : « ${siteUrl} ». Donnez une adresse complète, par exemple https://apercu.exemple.org/`);
  process.exit(2);
}
const root = process.cwd();
/** Stops on a library that cannot be read: a report of no problems would vouch for nothing. */
function stop(problem: ContentProblem): never {
  console.error(formatProblem(problem));
  process.exit(2);
}
const library = readContentFolder(root, process.env.CARREFOUR_CONTENT_DIR ?? 'content');
if ('problem' in library) stop(library.problem);
const { folder, files } = library;
const changes = changedFiles(root, values.base);
const { problems, entries, entryFiles } = validateLibrary(files, { fileSize: publicFileSize(root), now: new Date(), contentDir: folder });
if (entryFiles === 0) stop(emptyFolderProblem(folder));
const changed = new Set(changes.map((change) => change.file));
const since = changes[0]?.since ?? values.base;
const context = {
  entries,
  names: valueNames(files, entries),
  before: (file: string) => fileAt(root, since, file),
  after: (file: string) => {
    try {
      // A symbolic link is reported as an error, never read: it may point outside the repository.
      if (lstatSync(join(root, file)).isSymbolicLink()) return undefined;
      return readFileSync(join(root, file));
    } catch {
      return undefined;
    }
  },
  baseFilesContaining: (text: string) => filesContaining(root, since, text, folder),
};
console.log(
  reviewReport({
    base: values.base,
    changes: changes.map((change) => describeChange(change, context)),
    // The whole library must stay buildable; warnings are the proposal's own.
    problems: problems.filter((p) => p.severity === 'error' || changed.has(p.file)),
    siteUrl,
  }),
);
