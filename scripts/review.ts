// `npm run review -- --base <ref> [--site <url>]`: the French Markdown review report of a proposal, on standard output.
import { parseArgs } from 'node:util';
import { describeChange } from './lib/describe-change';
import { changedFiles, fileAt } from './lib/git';
import { publicFileSize, readLibraryFiles } from './lib/library-files';
import { reviewReport } from '../src/lib/review/report';
import { validateLibrary } from '../src/lib/validation/library';

const { values } = parseArgs({ options: { base: { type: 'string' }, site: { type: 'string' } } });
if (!values.base) {
  console.error('Indiquez la branche de comparaison : npm run review -- --base main');
  process.exit(2);
}
const root = process.cwd();
const changes = changedFiles(root, values.base);
const { problems, entries } = validateLibrary(readLibraryFiles(root), { fileSize: publicFileSize(root), now: new Date() });
const changed = new Set(changes.map((change) => change.file));
console.log(
  reviewReport({
    base: values.base,
    changes: changes.map((change) => describeChange(change, entries, (file) => fileAt(root, change.since, file))),
    // The whole library must stay buildable; warnings are the proposal's own.
    problems: problems.filter((p) => p.severity === 'error' || changed.has(p.file)),
    siteUrl: values.site ?? process.env.PREVIEW_URL,
  }),
);
