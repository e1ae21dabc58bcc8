import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontMatter } from '../lib/front-matter';

/**
 * Loads the `*.<extension>` files of a folder. Bodies are rendered to HTML here, in the content layer,
 * and cached in Astro's data store by digest: an unchanged file is neither parsed nor rendered again,
 * and no page module is compiled per entry (a plain MDX collection compiles one per file).
 */
export function entriesLoader(options: { base: string; extension: string }): Loader {
  const base = options.base;
  const suffix = `.${options.extension}`;

  async function loadFile(context: LoaderContext, name: string) {
    const path = join(base, name);
    const filePath = relative(process.cwd(), path);
    const text = await readFile(path, 'utf8');
    const id = name.slice(0, -suffix.length);
    const digest = context.generateDigest(text);
    const existing = context.store.get(id);
    if (existing?.digest === digest && existing.rendered) return id;
    const { data, body } = splitFrontMatter(text, filePath);
    const parsed = await context.parseData({ id, data, filePath });
    const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(path) });
    context.store.set({ id, data: parsed, body, filePath, digest, rendered });
    return id;
  }

  return {
    name: 'carrefour-entries',
    load: async (context) => {
      const names = (await readdir(base)).filter((name) => name.endsWith(suffix));
      const seen = new Set<string>();
      for (const name of names) seen.add(await loadFile(context, name));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      context.watcher?.on('all', async (event, changed) => {
        if (!changed.startsWith(base) || !changed.endsWith(suffix)) return;
        const name = relative(base, changed);
        if (event === 'unlink') context.store.delete(name.slice(0, -suffix.length));
        else await loadFile(context, name);
      });
    },
  };
}
