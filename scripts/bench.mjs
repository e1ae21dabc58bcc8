// Build benchmark: the real project against a naive Astro MDX baseline, on synthetic libraries, and what the
// community kinds (reports, questions, events) add to a cold build (sizes up to 2,000, or with --types).
// The baseline is a plain Astro MDX collection plus the Pagefind CLI on its output.
// Prints figures and ratios; asserts nothing. Usage: npm run bench [-- 1000 10000] [--types] [--types-only] [--repeat=3]
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
const pagefindCli = join(root, 'node_modules', '.bin', 'pagefind');
/** The project builds its index inside `astro build`; the baseline runs the Pagefind CLI on its output, as a plain site would. */
const projectBuild = [astro, 'build'];
const baselineBuild = ['sh', '-c', `"${astro}" build && "${pagefindCli}" --site "$BASELINE_OUT_DIR"`];
const patterns = {
  synced: /\[content\] Synced content/,
  entrypoints: /Building static entrypoints/,
  routes: /generating static routes/,
  rendered: /^\S+ ✓ Completed in/,
  done: /\[build\] Complete!/,
  pagefindCli: /Running Pagefind/,
};

/** Runs one build and returns its figures; a failed build stops the benchmark with its output. */
async function run(label, cwd, env, [command, ...args] = projectBuild) {
  const PATH = `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`;
  const result = await measureBuild(command, args, { cwd, env: { ASTRO_TELEMETRY_DISABLED: '1', PATH, ...env }, patterns });
  if (result.status !== 0) throw new Error(`${label} : la construction a échoué\n${result.output.slice(-4000)}`);
  if (process.env.BENCH_LOG_DIR) writeFileSync(join(process.env.BENCH_LOG_DIR, `${label.replace(/[^\p{L}\d]+/gu, '-')}.log`), result.output);
  const index = /index de recherche : \d+ pages en (\d+) ms/.exec(result.output);
  const cliIndex = result.marks.pagefindCli === undefined ? undefined : result.seconds - result.marks.pagefindCli;
  const restored = (result.output.match(/\((restored|cached)\)/g) ?? []).length;
  return {
    seconds: result.seconds,
    peakMiB: result.peakBytes / 1024 / 1024,
    sync: result.marks.synced,
    render: result.marks.rendered !== undefined && result.marks.routes !== undefined ? result.marks.rendered - result.marks.routes : undefined,
    index: index ? Number(index[1]) / 1000 : cliIndex,
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
    figures.baseline.cold = await run('base naïve, à froid', baselineDir, baseline, baselineBuild);
    const sheet = '/pratiques/synthetique-00001/';
    figures.project.weight = sheetWeight(project.CARREFOUR_OUT_DIR, sheet);
    figures.baseline.weight = sheetWeight(baseline.BASELINE_OUT_DIR, '/synthetique-00001/');
    figures.project.dist = directorySize(project.CARREFOUR_OUT_DIR);
    figures.baseline.dist = directorySize(baseline.BASELINE_OUT_DIR);
    figures.project.searchIndex = directorySize(join(project.CARREFOUR_OUT_DIR, 'pagefind'));
    figures.baseline.searchIndex = directorySize(join(baseline.BASELINE_OUT_DIR, 'pagefind'));
    figures.project.unchanged = await run('projet, rien de changé', root, project);
    figures.baseline.unchanged = await run('base naïve, rien de changé', baselineDir, baseline, baselineBuild);
    editOneSheet(fiches);
    figures.project.edit = await run('projet, une fiche modifiée', root, project);
    figures.baseline.edit = await run('base naïve, une fiche modifiée', baselineDir, baseline, baselineBuild);
    addOneSheet(fiches);
    figures.project.add = await run('projet, une fiche ajoutée', root, project);
    figures.baseline.add = await run('base naïve, une fiche ajoutée', baselineDir, baseline, baselineBuild);
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Middle value of a list of numbers. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Cold builds of the same N sheets with none, each, then all of the community's kinds: what each adds.
 * With --repeat R, each configuration is built R times, in interleaved rounds, and the median is kept.
 */
async function communityCosts(size, repeat) {
  const folders = Object.keys(communityKinds);
  /** @type {[string, string[]][]} */
  const configurations = [['aucun', []], ...folders.map((folder) => /** @type {[string, string[]]} */ ([folder, [folder]])), ['tous', folders]];
  const work = mkdtempSync(join(tmpdir(), `carrefour-bench-kinds-${size}-`));
  try {
    const setups = configurations.map(([label, kinds]) => {
      const content = writeSyntheticLibrary(root, join(work, label), size, 42, kinds);
      const entries = kinds.reduce((sum, folder) => sum + readdirSync(join(content, folder)).length, 0);
      return { label, entries, content, runs: [] };
    });
    for (let round = 0; round < repeat; round++) {
      for (const setup of setups) {
        const out = join(work, setup.label, 'dist');
        const cache = join(work, setup.label, 'cache');
        rmSync(out, { recursive: true, force: true });
        rmSync(cache, { recursive: true, force: true });
        const env = { CARREFOUR_CONTENT_DIR: setup.content, CARREFOUR_OUT_DIR: out, CARREFOUR_CACHE_DIR: cache };
        setup.runs.push({ ...(await run(`projet, ${size} fiches, types : ${setup.label}, passage ${round + 1}`, root, env)), pages: countPages(out) });
      }
    }
    return setups.map(({ label, entries, runs }) => ({
      label,
      entries,
      pages: runs[0].pages,
      seconds: median(runs.map((r) => r.seconds)),
      spread: [Math.min(...runs.map((r) => r.seconds)), Math.max(...runs.map((r) => r.seconds))],
      peakMiB: median(runs.map((r) => r.peakMiB)),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Number of HTML pages under `dir`. */
function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
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
for (const size of process.argv.includes('--types-only') ? [] : sizes.length ? sizes : [1000, 10_000]) {
  const { project: p, baseline: b } = await benchmark(size);
  print();
  print(`### ${size.toLocaleString('fr-CA')} fiches`);
  print();
  print('| mesure | projet | base naïve | base ÷ projet |');
  print('| --- | ---: | ---: | ---: |');
  print(`| construction à froid, index de recherche compris | ${s(p.cold.seconds)} | ${s(b.cold.seconds)} | ${ratio(b.cold.seconds, p.cold.seconds)} |`);
  print(
    `| reconstruction, rien de changé | ${s(p.unchanged.seconds)} (${p.unchanged.restored} pages reprises) | ${s(b.unchanged.seconds)} | ${ratio(b.unchanged.seconds, p.unchanged.seconds)} |`,
  );
  print(`| reconstruction, une fiche modifiée | ${s(p.edit.seconds)} (${p.edit.restored} pages reprises) | ${s(b.edit.seconds)} | ${ratio(b.edit.seconds, p.edit.seconds)} |`);
  print(`| reconstruction, une fiche ajoutée | ${s(p.add.seconds)} (${p.add.restored} pages reprises) | ${s(b.add.seconds)} | ${ratio(b.add.seconds, p.add.seconds)} |`);
  print(
    `| mémoire maximale (arbre de processus), à froid | ${mib(p.cold.peakMiB * 1024 * 1024)} | ${mib(b.cold.peakMiB * 1024 * 1024)} | ${ratio(b.cold.peakMiB, p.cold.peakMiB)} |`,
  );
  print(`| phase : synchronisation du contenu (démarrage compris) | ${s(p.cold.sync)} | ${s(b.cold.sync)} | |`);
  print(`| phase : rendu des pages | ${s(p.cold.render)} | ${s(b.cold.render)} | |`);
  print(`| phase : index de recherche | ${s(p.cold.index)} | ${s(b.cold.index)} (CLI Pagefind) | |`);
  print(`| une fiche modifiée, phase : synchronisation du contenu | ${s(p.edit.sync)} | ${s(b.edit.sync)} | |`);
  print(`| une fiche modifiée, phase : rendu des pages | ${s(p.edit.render)} | ${s(b.edit.render)} | |`);
  print(`| une fiche modifiée, phase : index de recherche | ${s(p.edit.index)} | ${s(b.edit.index)} | |`);
  print(`| taille de dist/ | ${mib(p.dist)} | ${mib(b.dist)} | |`);
  print(`| taille de l’index de recherche | ${mib(p.searchIndex)} | ${mib(b.searchIndex)} | |`);
  print(`| page de fiche : HTML + CSS gzip | ${kb(p.weight?.totalGzip)} | ${kb(b.weight?.totalGzip)} | |`);
  print(`| page de fiche : JavaScript avant interaction | ${p.weight ? p.weight.scripts.length || 'aucun' : '—'} | ${b.weight ? b.weight.scripts.length || 'aucun' : '—'} | |`);
}
// What the community's kinds (reports, questions, events) add to a cold build: at 2,000 sheets or less, or with --types.
for (const size of (sizes.length ? sizes : [1000, 10_000]).filter((size) => size <= 2000 || process.argv.includes('--types') || process.argv.includes('--types-only'))) {
  const repeat = Number(/^--repeat=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--repeat=')) ?? '')?.[1] ?? 1);
  const rows = await communityCosts(size, repeat);
  const none = rows[0];
  print();
  print(`### Types de la communauté, ${size.toLocaleString('fr-CA')} fiches : construction à froid (index compris), médiane de ${repeat} passage${repeat > 1 ? 's' : ''}`);
  print();
  print('| types ajoutés | entrées | pages | construction à froid (min – max) | écart avec « aucun » | mémoire maximale |');
  print('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const delta = row === none ? '' : `${row.seconds >= none.seconds ? '+' : ''}${(row.seconds - none.seconds).toFixed(1)} s`;
    const spread = repeat > 1 ? ` (${row.spread[0].toFixed(1)} – ${row.spread[1].toFixed(1)})` : '';
    print(`| ${row.label} | ${row.entries} | ${row.pages} | ${s(row.seconds)}${spread} | ${delta} | ${mib(row.peakMiB * 1024 * 1024)} |`);
  }
}
if (process.env.BENCH_OUTPUT) appendFileSync(process.env.BENCH_OUTPUT, `${lines.join('\n')}\n`);
