// The work of `npm run review -- --base <ref> [--site <url>]`, callable in-process: prints the French Markdown review
// report of the proposal checked out under `root` through `print`, and returns the exit code (2 when it cannot report).
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeChange, valueNames } from './describe-change';
import { changedFiles, fileAt, filesContaining } from './git';
import { publicFileSize, readContentFolder } from './library-files';
import type { CommandOutput } from './validate-command';
import { siteBase } from '../../src/lib/review/markdown';
import { reviewReport } from '../../src/lib/review/report';
import { validateLibrary } from '../../src/lib/validation/library';
import { emptyFolderProblem } from '../../src/lib/validation/content-folder';
import { formatProblem } from '../../src/lib/validation/problem';

interface ReviewOptions {
  root: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  print: CommandOutput;
}

export function runReview({ root, args, env, print }: ReviewOptions): number {
  const { values } = parseArgs({ args, options: { base: { type: 'string' }, site: { type: 'string' } } });
  if (!values.base) {
    print.err('Indiquez la branche de comparaison : npm run review -- --base main');
    return 2;
  }
  // Pages are linked on --site, else PREVIEW_URL, else SITE_URL; without any, the report gives their paths.
  const siteUrl = [values.site, env.PREVIEW_URL, env.SITE_URL].map((value) => value?.trim()).find(Boolean);
  if (siteUrl && !siteBase(siteUrl)) {
    print.err(`Adresse du site invalide : « ${siteUrl} ». Donnez une adresse complète, par exemple https://apercu.exemple.org/`);
    return 2;
  }
  // A library that cannot be read stops the report: a report of no problems would vouch for nothing.
  const library = readContentFolder(root, env.CARREFOUR_CONTENT_DIR ?? 'content');
  if ('problem' in library) {
    print.err(formatProblem(library.problem));
    return 2;
  }
  const { folder, files } = library;
  const changes = changedFiles(root, values.base);
  const { problems, entries, entryFiles } = validateLibrary(files, { fileSize: publicFileSize(root), now: new Date(), contentDir: folder });
  if (entryFiles === 0) {
    print.err(formatProblem(emptyFolderProblem(folder)));
    return 2;
  }
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
  print.out(
    reviewReport({
      base: values.base,
      changes: changes.map((change) => describeChange(change, context)),
      // The whole library must stay buildable; warnings are the proposal's own.
      problems: problems.filter((p) => p.severity === 'error' || changed.has(p.file)),
      siteUrl,
    }),
  );
  return 0;
}
