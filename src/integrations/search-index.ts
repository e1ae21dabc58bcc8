import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search-text';

/** Returns the HTML files under `dir` that mark content for the search index. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Builds the Pagefind index into `<outDir>/pagefind/` at the end of every `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'carrefour-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join('; ')}`);
        let pages = 0;
        for (const file of htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const result = await index.addHTMLFile({ sourcePath: relative(outDir, file), content: prepareForIndex(html) });
          if (result.errors.length > 0) throw new Error(`Indexation de ${file} impossible : ${result.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Écriture de l’index impossible : ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`index de recherche : ${pages} pages en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
