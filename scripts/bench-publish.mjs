// Publish-build timing: a cold build of a synthetic library, then the same library in a fresh copy (new file
// times, as a CI checkout) with the first build's cache and output restored and one sheet edited, as the
// publish workflow does after a one-sheet merge. Usage: npm run bench:publish [-- sheets=2000]
// (BENCH_LOG_DIR=folder keeps each build's output).
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuild } from './lib/measure-build.mjs';
import { writeSyntheticLibrary } from './lib/synthetic-library.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const size = Number(process.argv[2] ?? 2000);
const work = mkdtempSync(join(tmpdir(), `carrefour-publish-${size}-`));

/** Builds the library of `dir` into its own dist/ and cache/ and returns the seconds, the peak memory and the reused pages. */
async function build(label, dir) {
  const env = {
    CARREFOUR_CONTENT_DIR: join(dir, 'content'),
    CARREFOUR_OUT_DIR: join(dir, 'dist'),
    CARREFOUR_CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  };
  const result = await measureBuild(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    env: { ...env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error(`${label} : la construction a échoué\n${result.output.slice(-3000)}`);
  if (process.env.BENCH_LOG_DIR) writeFileSync(join(process.env.BENCH_LOG_DIR, `${label.replace(/[^\w]+/g, '-')}.log`), result.output);
  const reused = (result.output.match(/\((restored|cached)\)/g) ?? []).length;
  console.log(`${label} : ${result.seconds.toFixed(1)} s, pointe ${(result.peakBytes / 1024 / 1024).toFixed(0)} Mio, ${reused} pages reprises`);
}

try {
  const library = join(work, 'bibliotheque');
  writeSyntheticLibrary(root, library, size);
  await build(`${size} fiches, à froid`, library);
  // A fresh checkout at the same path (CI checks out into the same folder each time): every content file written
  // anew (new modification times), then the cache and the output restored, and one sheet edited.
  const previous = join(work, 'precedente');
  renameSync(library, previous);
  cpSync(join(previous, 'content'), join(library, 'content'), { recursive: true, preserveTimestamps: false });
  for (const kept of ['cache', 'dist']) renameSync(join(previous, kept), join(library, kept));
  const fiches = join(library, 'content', 'fiches');
  const file = join(
    fiches,
    readdirSync(fiches).find((name) => name.startsWith('synthetique-')),
  );
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Modifié pour la publication.'));
  await build(`${size} fiches, une fiche modifiée, cache restauré`, library);
} finally {
  rmSync(work, { recursive: true, force: true });
}
