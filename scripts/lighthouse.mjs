// Runs Lighthouse on four pages of an already built site and prints its four scores for each.
// Builds nothing: run `npm run build` first. Serves the folder with the site's _headers (its CSP).
// Usage: npm run lighthouse [-- <dist dir>]   Targets: performance ≥ 95, the other three 100.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/chromium.mjs';
import { serveSite } from './lib/static-server.mjs';

const distDir = process.argv[2] ?? 'dist';
const pages = [
  { label: 'Accueil', path: '/' },
  { label: 'Liste des pratiques', path: '/pratiques/' },
  { label: 'Fiche de pratique', path: '/pratiques/cafes-parents-ados/' },
  { label: 'Recherche « parents »', path: '/recherche/?q=parents' },
];
const categories = [
  { id: 'performance', label: 'Performance', target: 95 },
  { id: 'accessibility', label: 'Accessibilité', target: 100 },
  { id: 'best-practices', label: 'Bonnes pratiques', target: 100 },
  { id: 'seo', label: 'SEO', target: 100 },
];

if (!existsSync(`${distDir}/index.html`)) {
  console.error(`Aucun site construit dans ${distDir}/ : lancez d’abord « npm run build ».`);
  process.exit(1);
}

const server = await serveSite(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let missed = 0;
try {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, profil mobile (réseau et processeur simulés), ${distDir}/`);
  for (const { label, path } of pages) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories.map((c) => c.id) });
    if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${path}`);
    const { lhr } = result;
    const scores = categories.map((category) => ({ ...category, score: Math.round((lhr.categories[category.id]?.score ?? 0) * 100) }));
    console.log(`\n${label} (${path})`);
    for (const { label: name, score, target } of scores) {
      if (score < target) missed++;
      console.log(`  ${name.padEnd(17)} ${String(score).padStart(3)} / 100  (cible ${target})${score < target ? '  ← sous la cible' : ''}`);
    }
    // Say what cost points, so the figures can be acted on.
    const failing = categories.flatMap(({ id }) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `    - ${lhr.audits[ref.id]?.title} (${ref.id})${lhr.audits[ref.id]?.displayValue ? ` : ${lhr.audits[ref.id]?.displayValue}` : ''}`),
    );
    if (failing.length > 0) console.log(`  À améliorer :\n${failing.join('\n')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(missed === 0 ? '\nToutes les cibles sont atteintes.' : `\n${missed} score(s) sous la cible.`);
