import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, siteDir } from '../build/site';

/** Returns the path of every page the built sitemap lists (`/`, `/pratiques/`, …), in its order. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
}

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
