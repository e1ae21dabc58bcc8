// Prints the commit status of a proposal's preview (JSON for `gh api repos/<repo>/statuses/<sha> --input -`):
// PREVIEW_DOMAIN (the Cloudflare Pages project's address), HEAD_SHA (the proposal's commit) and, as the first argument,
// the list of the pages the preview built, one per line. With --branch, prints the preview's Cloudflare Pages
// branch instead; with --redirects <list>, its `_redirects` file. Run by .github/workflows/preview-deploy.yml.
import { existsSync, readFileSync } from 'node:fs';
import { deployStatus, previewAddress, previewBranch, previewRedirects } from './lib/preview-status.mjs';

const [argument, list] = process.argv.slice(2);
const sha = process.env.HEAD_SHA ?? '';
/** @param {string | undefined} file */
const readPages = (file) => (file && existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []);
try {
  if (argument === '--branch') {
    console.log(previewBranch(sha));
  } else if (argument === '--redirects') {
    process.stdout.write(previewRedirects(readPages(list)));
  } else {
    console.log(JSON.stringify(deployStatus(previewAddress(process.env.PREVIEW_DOMAIN ?? '', sha, readPages(argument)))));
  }
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(1);
}
