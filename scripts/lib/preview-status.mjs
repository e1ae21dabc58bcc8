// The address of a proposal's preview on Cloudflare Pages and the commit status that announces it. Decap's
// editor shows « Voir l'aperçu » on a draft when its pull request's head commit carries a status whose context
// contains "deploy", and opens that status's target_url (decap-cms-lib-util 3.8.3, getPreviewStatus).
// Plain JavaScript without dependencies: preview-deploy.yml runs it before any npm install.

/** The context of the status: Decap looks for "deploy" in it. */
export const statusContext = 'deploy/apercu';

/**
 * Returns the French reason why `value` cannot be used, or undefined.
 * @param {string} name
 * @param {string | undefined} value
 * @param {RegExp} pattern
 * @param {string} fix
 */
function refuse(name, value, pattern, fix) {
  if (value && pattern.test(value)) return undefined;
  return `Aperçu : ${value ? `${name} vaut « ${value} »` : `${name} n’est pas donné`}. Correction : ${fix}`;
}

/**
 * Returns the Cloudflare Pages branch of the preview of commit `sha`: one per commit, so a later push never
 * replaces the preview a reviewer is reading. Cloudflare names it `<branch>.<project>.pages.dev`.
 * @param {string} sha
 */
export function previewBranch(sha) {
  const problem = refuse('HEAD_SHA', sha, /^[0-9a-f]{40}$/, 'donnez le commit complet (40 caractères hexadécimaux).');
  if (problem) throw new Error(problem);
  return `apercu-${sha.slice(0, 12)}`;
}

/**
 * Returns the first page the preview built, from `pages` as the preview job listed them (untrusted: only plain
 * site paths are kept), or the preview's root when there is none.
 * @param {readonly string[]} pages
 */
function firstPage(pages) {
  return pages.map((line) => line.trim()).find((line) => /^\/(?:[a-z0-9-]+\/)+$/.test(line)) ?? '/';
}

/**
 * Returns the preview's `_redirects` (Cloudflare Pages): its root leads to the first page built, so that the
 * address announced before the pages are known (`https://<branch>.<domain>/`) opens the proposal.
 * @param {readonly string[]} pages
 */
export function previewRedirects(pages) {
  const page = firstPage(pages);
  return page === '/' ? '' : `/ ${page} 302\n`;
}

/**
 * Returns the address a reviewer opens: the first page the preview built, or the preview's root.
 * @param {string} domain the Cloudflare Pages project's own address, `<name>.pages.dev` (Cloudflare may add a suffix to the name)
 * @param {string} sha
 * @param {readonly string[]} pages
 */
export function previewAddress(domain, sha, pages) {
  const problem = refuse(
    'PREVIEW_DOMAIN',
    domain,
    /^[a-z0-9][a-z0-9-]*\.pages\.dev$/,
    'écrivez l’adresse du projet Cloudflare Pages telle que Cloudflare l’affiche, sans https:// (par exemple carrefour-apercus.pages.dev).',
  );
  if (problem) throw new Error(problem);
  return `https://${previewBranch(sha)}.${domain}${firstPage(pages)}`;
}

/**
 * Returns the body of GitHub's « create a commit status » request for the preview at `address`.
 * @param {string} address
 */
export function deployStatus(address) {
  return { state: 'success', target_url: address, context: statusContext, description: 'Aperçu de la proposition : ses pages telles qu’elles seront publiées' };
}
