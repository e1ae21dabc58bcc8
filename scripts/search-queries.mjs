// Zero-result count: types realistic visitor queries into /recherche/ of a built site, in Chromium, through
// the real Pagefind index and the page's own code, and prints how many results each one gets.
// Usage: node scripts/search-queries.mjs [dossier du site construit, dist par défaut]
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { serveSite } from './lib/static-server.mjs';

/** What visitors type: needs in their own words, short words, synonyms of the library's words. */
const queries = [
  'implication des parents',
  'implication parentale',
  'père',
  'engagement des familles',
  'abandon scolaire',
  'raccrochage',
  'décrochage scolaire',
  'retour aux études',
  'anxiété aux examens',
  'aide aux devoirs',
  'transition primaire secondaire',
  'jeunes en difficulté',
  'mentorat adolescents',
  'conciliation travail études',
  'motivation scolaire',
  'participation des familles',
  'lecture en famille',
];

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const server = await serveSite(dir);
const browser = await launchChromium();
const rows = [];
try {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  for (const query of queries) {
    await page.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-summary]');
    await status.filter({ hasText: `« ${query} »` }).waitFor({ timeout: 30_000 });
    const summary = ((await status.textContent()) ?? '').trim();
    const count = /^Aucun résultat/.test(summary) ? 0 : Number((/^([\d\s\u202f]+) résultats?/.exec(summary)?.[1] ?? '').replace(/\D/g, ''));
    const first = count > 0 ? await page.locator('.result-title a').first().textContent() : '';
    rows.push({ query, count, fallback: /mot proche/.test(summary), first: (first ?? '').trim() });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Site : ${dir}\n`);
console.log('| requête | résultats | tous les mots? | premier résultat |');
console.log('| --- | ---: | --- | --- |');
for (const row of rows) console.log(`| ${row.query} | ${row.count} | ${row.count === 0 ? '—' : row.fallback ? 'non : au moins un mot, ou un mot proche' : 'oui'} | ${row.first} |`);
const zero = rows.filter((row) => row.count === 0).length;
console.log(`\nRequêtes sans aucun résultat : ${zero} sur ${rows.length}.`);
