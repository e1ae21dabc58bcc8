import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { gluedLabels, labelsIn } from '../lib/index-check';
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
 * the indexer (src/lib/search-text.ts), at the same relative paths; returns how many, and the labels
 * (`<dt>`) they print beside values.
 */
async function stagePages(outDir: string, staging: string): Promise<{ pages: number; labels: Set<string> }> {
  let pages = 0;
  const labels = new Set<string>();
  await eachLimited(htmlFiles(outDir), 16, async (file) => {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) return;
    const copy = join(staging, relative(outDir, file));
    await mkdir(dirname(copy), { recursive: true });
    await writeFile(copy, prepareForIndex(html));
    for (const label of labelsIn(html)) labels.add(label);
    pages++;
  });
  return { pages, labels };
}

/** Returns the page address and indexed text of each fragment Pagefind wrote (gzip, after a `pagefind_dcd` signature). */
export async function readFragments(pagefindDir: string): Promise<{ url: string; content: string }[]> {
  const dir = join(pagefindDir, 'fragment');
  return Promise.all(
    readdirSync(dir).map(async (name) => {
      const bytes = await readFile(join(dir, name));
      const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      const { url, content } = JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string };
      return { url, content };
    }),
  );
}

/** Fails the build when a label reaches the index glued to its value: excerpts would read « Téléphone819 ». */
export async function checkExcerpts(pagefindDir: string, labels: Set<string>): Promise<void> {
  const glued = (await readFragments(pagefindDir)).flatMap(({ url, content }) => gluedLabels(content, labels).map((place) => `${url} : « ${place} »`));
  if (glued.length === 0) return;
  throw new Error(
    `Texte de recherche mal formé : une étiquette y est collée à sa valeur, et les extraits de résultats la montreraient ainsi.\n${glued.join('\n')}\n` +
      'Correction : gardez les étiquettes hors de l’index (data-pagefind-ignore) ou séparez-les de leur valeur.',
  );
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
          const { pages: staged, labels } = await stagePages(outDir, staging);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: staging });
          if (added.errors.length > 0) throw new Error(`Indexation impossible : ${added.errors.join('; ')}`);
          if (added.page_count !== staged) throw new Error(`Indexation incomplète : ${added.page_count} pages indexées sur ${staged}.`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Écriture de l’index impossible : ${written.errors.join('; ')}`);
          await pagefind.close();
          await checkExcerpts(join(outDir, 'pagefind'), labels);
          logger.info(`index de recherche : ${staged} pages en ${Math.round(performance.now() - started)} ms`);
        } finally {
          await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
