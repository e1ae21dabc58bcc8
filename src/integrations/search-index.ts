import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search-text';

/** Returns the HTML files under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs `task` on every item, `concurrency` at a time. */
async function eachLimited<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Copies the pages that mark content for the index (`data-pagefind-body`) into `staging`, prepared for
 * the indexer (src/lib/search-text.ts), at the same relative paths; returns how many.
 */
async function stagePages(outDir: string, staging: string): Promise<number> {
  let pages = 0;
  await eachLimited(htmlFiles(outDir), 16, async (file) => {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) return;
    const copy = join(staging, relative(outDir, file));
    await mkdir(dirname(copy), { recursive: true });
    await writeFile(copy, prepareForIndex(html));
    pages++;
  });
  return pages;
}

/**
 * Builds the Pagefind index into `<outDir>/pagefind/` at the end of every `astro build`.
 * Pagefind reads the staged copies itself, on every core: about three times faster than sending
 * each page through its Node API (measured at 2,000 sheets: 2.5 s against 8.8 s).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'carrefour-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const staging = await mkdtemp(join(tmpdir(), 'carrefour-index-'));
        try {
          const staged = await stagePages(outDir, staging);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: staging });
          if (added.errors.length > 0) throw new Error(`Indexation impossible : ${added.errors.join('; ')}`);
          if (added.page_count !== staged) throw new Error(`Indexation incomplète : ${added.page_count} pages indexées sur ${staged}.`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Écriture de l’index impossible : ${written.errors.join('; ')}`);
          await pagefind.close();
          logger.info(`index de recherche : ${staged} pages en ${Math.round(performance.now() - started)} ms`);
        } finally {
          await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
