// `npm run review -- --base <ref> [--site <url>]`: the French Markdown review report of a proposal, on standard output.
// Pages are linked on --site, else PREVIEW_URL, else SITE_URL; without any, the report gives their paths.
import { runReview } from './lib/review-command';

process.exitCode = runReview({
  root: process.cwd(),
  args: process.argv.slice(2),
  env: process.env,
  print: { out: (text) => console.log(text), err: (text) => console.error(text) },
});
