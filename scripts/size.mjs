// Prints the weight of a practice sheet page in the built site (target: ≤ 20 KB gzip HTML + CSS, no JavaScript).
// Usage: npm run size [-- <dist dir> <page path>]
import { pageWeight } from './lib/page-weight.mjs';
import { sheetPaths } from './lib/sizes.mjs';

const distDir = process.argv[2] ?? 'dist';
// The sheets the open data lists: /pratiques/ also holds listing folders (/pratiques/theme/…), which are not sheets.
const paths = process.argv[3] ? [process.argv[3]] : sheetPaths(distDir);
if (paths.length === 0) throw new Error(`Aucune fiche de pratique dans ${distDir}.`);
const weights = paths.map((path) => ({ path, ...pageWeight(distDir, path) }));
const heaviest = weights.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} Ko`;

console.log(`Pages de fiche mesurées : ${weights.length} (dans ${distDir})`);
console.log(`Fiche la plus lourde : ${heaviest.path}`);
console.log(`  HTML gzip         : ${kb(heaviest.htmlGzip)}`);
console.log(`  CSS gzip          : ${kb(heaviest.cssGzip)} (${heaviest.stylesheets.length} feuille(s) de style)`);
console.log(`  Total HTML + CSS  : ${kb(heaviest.totalGzip)} — cible ≤ 20 Ko : ${heaviest.totalGzip <= 20 * 1024 ? 'atteinte' : 'DÉPASSÉE'}`);
const withScripts = weights.filter((w) => w.scripts.length > 0);
console.log(
  `  JavaScript chargé avant interaction : ${withScripts.length === 0 ? 'aucun (cible atteinte)' : withScripts.map((w) => `${w.path} → ${w.scripts.join(', ')}`).join('; ')}`,
);
process.exitCode = heaviest.totalGzip <= 20 * 1024 && withScripts.length === 0 ? 0 : 1;
