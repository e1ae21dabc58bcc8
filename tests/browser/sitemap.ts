import { statSync } from 'node:fs';
import { fileFor } from '../build/site';

export { sitemapPaths } from '../build/site';

/**
 * Returns one page per template: the home page, every top-level page, and for each kind of detail page
 * (`/pratiques/x/`, `/regions/x/`, …) the one with the most HTML, so that it shows the most components.
 */
export function onePagePerTemplate(paths: string[]): string[] {
  const largest = new Map<string, string>();
  const size = (path: string) => statSync(fileFor(path)!).size;
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const template = segments.length < 2 ? path : `/${segments[0]}/*/`;
    const current = largest.get(template);
    if (!current || size(path) > size(current)) largest.set(template, path);
  }
  return [...largest.values()];
}
