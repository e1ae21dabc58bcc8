// Search benchmark: bytes transferred and time from the last keystroke to rendered results, in Chromium,
// on the shipped sample library and on synthetic libraries. Prints figures; it asserts nothing.
// Usage: npm run bench:search [-- 10000 1000 … --repeat=3]   ("sample" is always measured first; with --repeat,
// each query is measured that many times, interleaved, and the medians are printed)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './lib/build-site.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { serveSite } from './lib/static-server.mjs';
import { writeSyntheticLibrary } from './lib/synthetic-library.mjs';
import { directorySize } from './lib/sizes.mjs';

const root = join(import.meta.dirname, '..');
const sizes = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
const repeat = Math.max(1, Number(/^--repeat=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--repeat=')) ?? '')?.[1] ?? 1));
const queries = ['parents', 'anxiete examens', 'retour aux études'];
const TARGET_MS = 300;
const TARGET_KB = 200; // issue 14: the first query on the 10,000-sheet library
const TYPING_PAUSE_MS = 120; // keep in step with TYPING_DELAY_MS in src/scripts/search-page.ts
const parts = [
  ['JS Pagefind', (path) => /^\/pagefind\/pagefind(-worker)?\.js$/.test(path)],
  ['WebAssembly', (path) => /^\/pagefind\/wasm\./.test(path)],
  ['entrée et métadonnées', (path) => /^\/pagefind\/(pagefind-entry\.json|.*\.pf_meta)$/.test(path)],
  ['filtres', (path) => path.startsWith('/pagefind/filter/')],
  ['index', (path) => path.startsWith('/pagefind/index/')],
  ['fragments (cartes)', (path) => path.startsWith('/pagefind/fragment/')],
];

/**
 * Measures one fresh visit: open /recherche/, type a query, wait for rendered results.
 * Bytes are counted by the server (Pagefind fetches from a worker, out of the page's sight).
 */
async function measureQuery(browser, server, query) {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  server.sent.length = 0;
  await page.goto(`${server.url}/recherche/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-count]')?.textContent !== '');
  /** Bytes of the responses sent so far whose [path, bytes, time] entry passes `filter`. */
  const sum = (filter, sent = server.sent) => sent.filter((entry) => filter(...entry)).reduce((total, [, bytes]) => total + bytes, 0);
  const pageBytes = sum((path) => !path.startsWith('/pagefind/'));
  const initBytes = sum((path) => path.startsWith('/pagefind/'));
  const initSent = [...server.sent];
  server.sent.length = 0;
  // Results count as rendered when the summary names the complete query: with a pause longer than the
  // typing delay, results of a partial query (« retour a ») can render before the last keystroke.
  await page.evaluate((q) => {
    const summary = document.querySelector('[data-summary]');
    window.__bench = { lastKey: 0, rendered: 0, renderedAt: 0, partial: 0 };
    document.querySelector('#q').addEventListener('keydown', () => (window.__bench.lastKey = performance.now()));
    new MutationObserver(() => {
      if (window.__bench.rendered || !/ pour « /.test(summary.textContent)) return;
      if (!summary.textContent.includes(`« ${q} »`)) return void window.__bench.partial++;
      window.__bench.rendered = performance.now();
      window.__bench.renderedAt = performance.timeOrigin + window.__bench.rendered;
    }).observe(summary, { childList: true, characterData: true, subtree: true });
  }, query);
  await page.locator('#q').pressSequentially(query, { delay: 40 });
  await page.waitForFunction(() => window.__bench.rendered > 0, undefined, { timeout: 30_000 });
  const timing = await page.evaluate(() => window.__bench);
  const results = await page.locator('.result').count();
  // The filter counts load after the results (src/scripts/search-page.ts): what the server sent after
  // the results were on screen is counted apart (same machine, same clock).
  await page.waitForFunction(() => !document.querySelector('.pane[aria-busy]'), undefined, { timeout: 30_000 });
  const queryBytes = sum((_path, _bytes, at) => at <= timing.renderedAt);
  const countBytes = sum((_path, _bytes, at) => at > timing.renderedAt);
  const firstQuery = [...initSent, ...server.sent];
  const byPart = parts.map(([, test]) => sum(test, firstQuery) / 1024);
  await context.close();
  return {
    ms: timing.rendered - timing.lastKey,
    partial: timing.partial,
    initKb: initBytes / 1024,
    queryKb: queryBytes / 1024,
    countKb: countBytes / 1024,
    pageKb: pageBytes / 1024,
    results,
    byPart,
  };
}

/** Returns the median of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Returns one row from several measures of a query: the median of each figure, the delay's range, partial renders summed. */
function medianOf(measures) {
  const row = {};
  for (const key of ['ms', 'initKb', 'queryKb', 'countKb', 'pageKb', 'results']) row[key] = median(measures.map((one) => one[key]));
  row.byPart = parts.map((_, i) => median(measures.map((one) => one.byPart[i])));
  row.msRange = [Math.min(...measures.map((one) => one.ms)), Math.max(...measures.map((one) => one.ms))];
  row.partial = measures.reduce((sum, one) => sum + one.partial, 0);
  return row;
}

async function measureLibrary(label, contentDir) {
  const work = mkdtempSync(join(tmpdir(), 'carrefour-bench-search-'));
  try {
    const build = buildSite({ root, outDir: join(work, 'dist'), contentDir, cacheDir: join(work, 'cache') });
    if (build.status !== 0) throw new Error(`Construction impossible (${label}) :\n${build.output.slice(-3000)}`);
    const sent = [];
    const server = { sent, ...(await serveSite(join(work, 'dist'), (path, bytes) => sent.push([path, bytes, Date.now()]))) };
    const browser = await launchChromium();
    try {
      const runs = queries.map(() => []);
      for (let run = 0; run < repeat; run++) for (const [i, query] of queries.entries()) runs[i].push(await measureQuery(browser, server, query));
      const rows = queries.map((query, i) => ({ query, ...medianOf(runs[i]) }));
      return { label, buildSeconds: build.seconds, indexMb: directorySize(join(work, 'dist', 'pagefind')) / 1024 / 1024, rows };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const libraries = [['bibliothèque d’exemple', join(root, 'content')]];
for (const size of sizes.length ? sizes : [10_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'carrefour-synthetic-'));
  libraries.push([`${size.toLocaleString('fr-CA')} fiches synthétiques`, writeSyntheticLibrary(root, dir, size)]);
}

console.log(`Recherche — ${new Date().toISOString().slice(0, 10)}, Chromium sans cache, serveur local gzip`);
console.log(`Cibles à 10 000 fiches : premiers résultats ≤ ${TARGET_MS} ms après la dernière touche, ≤ ${TARGET_KB} Ko transférés pour la première requête\n`);
console.log('Colonnes : page = HTML, CSS et JS de /recherche/ ; init. = Pagefind chargé à l’ouverture de la page, avant toute frappe ;');
console.log('requête = ce que la frappe ajoute jusqu’aux résultats affichés (Pagefind, index, extraits) ; comptes = les filtres, chargés après les résultats ;');
console.log(`délai = dernière touche → résultats de la requête complète affichés, dont ${TYPING_PAUSE_MS} ms d’attente de fin de frappe ;`);
console.log('partiels = résultats affichés pour une frappe incomplète (une pause plus longue que l’attente), octets compris.');
console.log(repeat > 1 ? `Médianes de ${repeat} mesures par requête (délai : médiane, puis minimum–maximum ; partiels : total).\n` : '');
console.log('| bibliothèque | requête | résultats | délai | partiels | page | init. | requête | 1re requête (init. + requête) | comptes ensuite |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const kb = (value) => `${value.toFixed(1)} Ko`;
const measured = [];
for (const [label, contentDir] of libraries) {
  const result = await measureLibrary(label, contentDir);
  measured.push(result);
  for (const row of result.rows) {
    console.log(
      `| ${label} | ${row.query} | ${row.results} | ${Math.round(row.ms)} ms${repeat > 1 ? ` (${row.msRange.map(Math.round).join('–')})` : ''} | ${row.partial} | ${kb(row.pageKb)} | ${kb(row.initKb)} | ${kb(row.queryKb)} | ${kb(row.initKb + row.queryKb)} | ${kb(row.countKb)} |`,
    );
  }
  console.log(`| ${label} | (construction ${result.buildSeconds.toFixed(1)} s, index ${result.indexMb.toFixed(1)} Mo sur disque) | | | | | | | | |`);
}
console.log('\nDétail de la première requête, comptes compris, par sorte de fichier Pagefind :\n');
console.log(`| bibliothèque | requête | ${parts.map(([name]) => name).join(' | ')} |`);
console.log(`| --- | --- | ${parts.map(() => '---:').join(' | ')} |`);
for (const result of measured) {
  for (const row of result.rows) console.log(`| ${result.label} | ${row.query} | ${row.byPart.map(kb).join(' | ')} |`);
}
for (const [, contentDir] of libraries.slice(1)) rmSync(join(contentDir, '..'), { recursive: true, force: true });
