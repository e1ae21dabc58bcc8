// Build benchmark: the real project against a naive Astro MDX baseline, on synthetic libraries, and what the
// community kinds (reports, questions, events) add to a cold build (sizes up to 2,000, or with --types).
// Prints figures and ratios; asserts nothing. Usage: npm run bench [-- 1000 10000]
// BENCH_OUTPUT=file appends the tables to a file; BENCH_LOG_DIR=dir keeps each build's output there.
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBuild } from './lib/measure-build.mjs';
import { writeNaiveBaseline } from './lib/naive-baseline.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { directorySize } from './lib/sizes.mjs';
import { communityKinds, writeSyntheticLibrary } from './lib/synthetic-library.mjs';

const root = join(import.meta.dirname, '..');
const sizes = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
const astro = join(root, 'node_modules', '.bin', 'astro');
const patterns = {
  synced: /\[content\] Synced content/,
  entrypoints: /Building static entrypoints/,
  routes: /generating static routes/,
  rendered: /^\S+ ✓ Completed in/,
  done: /\[build\] Complete!/,
};

/** Runs one build and returns its figures; a failed build stops the benchmark with its output. */
async function run(label, cwd, env) {
  const PATH = `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`;
  const result = await measureBuild(astro, ['build'], { cwd, env: { ASTRO_TELEMETRY_DISABLED: '1', PATH, ...env }, patterns });
  if (result.status !== 0) throw new Error(`${label} : la construction a échoué\n${result.output.slice(-4000)}`);
  if (process.env.BENCH_LOG_DIR) writeFileSync(join(process.env.BENCH_LOG_DIR, `${label.replace(/[^\p{L}\d]+/gu, '-')}.log`), result.output);
  const index = /index de recherche : \d+ pages en (\d+) ms/.exec(result.output);
  const restored = (result.output.match(/\(restored\)/g) ?? []).length;
  return {
    seconds: result.seconds,
    peakMiB: result.peakBytes / 1024 / 1024,
    sync: result.marks.synced,
    render: result.marks.rendered !== undefined && result.marks.routes !== undefined ? result.marks.rendered - result.marks.routes : undefined,
    index: index ? Number(index[1]) / 1000 : undefined,
    restored,
  };
}

/** Edits the summary of one sheet, as a contributor would. */
function editOneSheet(fiches) {
  const file = join(
    fiches,
    readdirSync(fiches).find((name) => name.startsWith('synthetique-')),
  );
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Modifié pour le banc d’essai.'));
}

/** Adds one sheet, copied from another under a new name and title. */
function addOneSheet(fiches) {
  const source = readFileSync(
    join(
      fiches,
      readdirSync(fiches).find((name) => name.startsWith('synthetique-')),
    ),
    'utf8',
  );
  writeFileSync(join(fiches, 'ajout-banc-essai.mdx'), source.replace(/^title: .*$/m, 'title: Fiche ajoutée pendant le banc d’essai'));
}

function sheetWeight(distDir, path) {
  if (!existsSync(join(distDir, path.slice(1), 'index.html'))) return undefined;
  return pageWeight(distDir, path);
}

async function benchmark(size) {
  const work = mkdtempSync(join(tmpdir(), `carrefour-bench-${size}-`));
  try {
    const content = writeSyntheticLibrary(root, work, size);
    const fiches = join(content, 'fiches');
    const project = { CARREFOUR_CONTENT_DIR: content, CARREFOUR_OUT_DIR: join(work, 'dist'), CARREFOUR_CACHE_DIR: join(work, 'cache') };
    const baselineDir = writeNaiveBaseline(root, join(work, 'baseline'), fiches);
    // Inside the baseline project, whose node_modules link lets its prerender chunks resolve packages.
    const baseline = { BASELINE_OUT_DIR: join(baselineDir, 'dist'), BASELINE_CACHE_DIR: join(baselineDir, '.cache') };
    const figures = { project: {}, baseline: {} };
    figures.project.cold = await run('projet, à froid', root, project);
    figures.baseline.cold = await run('base naïve, à froid', baselineDir, baseline);
    const sheet = '/pratiques/synthetique-00001/';
    figures.project.weight = sheetWeight(project.CARREFOUR_OUT_DIR, sheet);
    figures.baseline.weight = sheetWeight(baseline.BASELINE_OUT_DIR, '/synthetique-00001/');
    figures.project.dist = directorySize(project.CARREFOUR_OUT_DIR);
    figures.baseline.dist = directorySize(baseline.BASELINE_OUT_DIR);
    figures.project.searchIndex = directorySize(join(project.CARREFOUR_OUT_DIR, 'pagefind'));
    editOneSheet(fiches);
    figures.project.edit = await run('projet, une fiche modifiée', root, project);
    figures.baseline.edit = await run('base naïve, une fiche modifiée', baselineDir, baseline);
    addOneSheet(fiches);
    figures.project.add = await run('projet, une fiche ajoutée', root, project);
    figures.baseline.add = await run('base naïve, une fiche ajoutée', baselineDir, baseline);
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Cold builds of the same N sheets with none, each, then all of the community's kinds: what each adds. */
async function communityCosts(size) {
  const folders = Object.keys(communityKinds);
  const rows = [];
  /** @type {[string, string[]][]} */
  const configurations = [['aucun', []], ...folders.map((folder) => /** @type {[string, string[]]} */ ([folder, [folder]])), ['tous', folders]];
  for (const [label, kinds] of configurations) {
    const work = mkdtempSync(join(tmpdir(), `carrefour-bench-kinds-${size}-`));
    try {
      const content = writeSyntheticLibrary(root, work, size, 42, kinds);
      const entries = kinds.reduce((sum, folder) => sum + readdirSync(join(content, folder)).length, 0);
      const figures = await run(`projet, ${size} fiches, types : ${label}`, root, {
        CARREFOUR_CONTENT_DIR: content,
        CARREFOUR_OUT_DIR: join(work, 'dist'),
        CARREFOUR_CACHE_DIR: join(work, 'cache'),
      });
      rows.push({ label, entries, ...figures });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return rows;
}

const s = (value) => (value === undefined ? '—' : `${value.toFixed(1)} s`);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} Mio`;
const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} Ko`);
const ratio = (naive, ours) => (naive && ours ? `${(naive / ours).toFixed(2)} ×` : '—');

const lines = [];
const print = (line = '') => {
  console.log(line);
  lines.push(line);
};
print(`Banc d’essai de construction — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cœurs (${cpus()[0]?.model.trim()}), ${mib(totalmem())}, Node ${process.version}`);
for (const size of sizes.length ? sizes : [1000, 10_000]) {
  const { project: p, baseline: b } = await benchmark(size);
  print();
  print(`### ${size.toLocaleString('fr-CA')} fiches`);
  print();
  print('| mesure | projet | base naïve | base ÷ projet |');
  print('| --- | ---: | ---: | ---: |');
  print(`| construction à froid (index de recherche compris pour le projet) | ${s(p.cold.seconds)} | ${s(b.cold.seconds)} | ${ratio(b.cold.seconds, p.cold.seconds)} |`);
  print(`| reconstruction, une fiche modifiée | ${s(p.edit.seconds)} (${p.edit.restored} pages reprises) | ${s(b.edit.seconds)} | ${ratio(b.edit.seconds, p.edit.seconds)} |`);
  print(`| reconstruction, une fiche ajoutée | ${s(p.add.seconds)} (${p.add.restored} pages reprises) | ${s(b.add.seconds)} | ${ratio(b.add.seconds, p.add.seconds)} |`);
  print(
    `| mémoire maximale (arbre de processus), à froid | ${mib(p.cold.peakMiB * 1024 * 1024)} | ${mib(b.cold.peakMiB * 1024 * 1024)} | ${ratio(b.cold.peakMiB, p.cold.peakMiB)} |`,
  );
  print(`| phase : synchronisation du contenu (démarrage compris) | ${s(p.cold.sync)} | ${s(b.cold.sync)} | |`);
  print(`| phase : rendu des pages | ${s(p.cold.render)} | ${s(b.cold.render)} | |`);
  print(`| phase : index de recherche | ${s(p.cold.index)} | sans objet | |`);
  print(`| une fiche modifiée, phase : synchronisation du contenu | ${s(p.edit.sync)} | ${s(b.edit.sync)} | |`);
  print(`| une fiche modifiée, phase : rendu des pages | ${s(p.edit.render)} | ${s(b.edit.render)} | |`);
  print(`| une fiche modifiée, phase : index de recherche | ${s(p.edit.index)} | sans objet | |`);
  print(`| taille de dist/ | ${mib(p.dist)} | ${mib(b.dist)} | |`);
  print(`| taille de l’index de recherche | ${mib(p.searchIndex)} | sans objet | |`);
  print(`| page de fiche : HTML + CSS gzip | ${kb(p.weight?.totalGzip)} | ${kb(b.weight?.totalGzip)} | |`);
  print(`| page de fiche : JavaScript avant interaction | ${p.weight ? p.weight.scripts.length || 'aucun' : '—'} | ${b.weight ? b.weight.scripts.length || 'aucun' : '—'} | |`);
}
// What the community's kinds (reports, questions, events) add to a cold build: at 2,000 sheets or less, or with --types.
for (const size of (sizes.length ? sizes : [1000, 10_000]).filter((size) => size <= 2000 || process.argv.includes('--types'))) {
  const rows = await communityCosts(size);
  const none = rows[0];
  print();
  print(`### Types de la communauté, ${size.toLocaleString('fr-CA')} fiches : construction à froid (index compris)`);
  print();
  print('| types ajoutés | entrées | construction à froid | écart avec « aucun » | mémoire maximale |');
  print('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const delta = row === none ? '' : `${row.seconds >= none.seconds ? '+' : ''}${(row.seconds - none.seconds).toFixed(1)} s`;
    print(`| ${row.label} | ${row.entries} | ${s(row.seconds)} | ${delta} | ${mib(row.peakMiB * 1024 * 1024)} |`);
  }
}
if (process.env.BENCH_OUTPUT) appendFileSync(process.env.BENCH_OUTPUT, `${lines.join('\n')}\n`);
