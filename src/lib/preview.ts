import { allKinds, kinds } from '../schema/registry';
import { entryPath } from './slugs';

/**
 * The pages a proposal's preview builds: the page of each entry whose file changed (paths relative to the
 * content folder, as `git diff --name-only --relative` prints them). Removed files are given as changed
 * too; their page simply does not exist. Taxonomies, pages and other files have no entry page.
 */
export function changedEntryPages(changedFiles: readonly string[]): string[] {
  const pages = new Set<string>();
  for (const file of changedFiles) {
    const match = /^([^/]+)\/([^/]+)\.([a-z]+)$/.exec(file);
    if (!match) continue;
    const [, folder, slug, extension] = match;
    const kind = allKinds.find((name) => kinds[name].spec.folder === folder && kinds[name].spec.extension === extension);
    if (kind) pages.add(entryPath(kind, slug!));
  }
  return [...pages].sort();
}

/**
 * Points every site-relative link and form of `html` (`href="/…"`, `action="/…"`) whose target this build
 * did not write to the published site instead, so a preview's few pages link to the real library.
 */
export function linkToPublished(html: string, isBuilt: (path: string) => boolean, siteUrl: string): string {
  const published = siteUrl.replace(/\/$/, '');
  return html.replace(/\b(href|action)="(\/(?!\/)[^"]*)"/g, (whole, attribute: string, target: string) => {
    const path = target.replace(/[?#].*$/, '');
    return isBuilt(path) ? whole : `${attribute}="${published}${target}"`;
  });
}
