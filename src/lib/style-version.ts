import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Returns every stylesheet source under `folder`: `.css` files and the `<style>` blocks of `.astro` components. */
function styleSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return styleSources(path);
      if (entry.name.endsWith('.css')) return [readFileSync(path, 'utf8')];
      if (entry.name.endsWith('.astro')) return [...readFileSync(path, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
      return [];
    });
}

let version: string | undefined;

/**
 * Returns a digest of all the site's styles. The site ships one stylesheet for every page, whose file name
 * changes with any style: a page kept from an earlier build would link a stylesheet that no longer exists,
 * so every page's cache key includes this digest.
 */
export function styleVersion(root = join(process.cwd(), 'src')): string {
  version ??= createHash('sha1').update(styleSources(root).join('\u0000')).digest('base64url');
  return version;
}
