/* global document, window */
// Search figures of issue 24, from a built site, in Chromium, through the real search page: among the
// eighteen visitor queries, how many find nothing and how many put an off-topic page first; on a
// 390 × 844 phone, how far down the page the first result starts; on a desktop, how many Tab presses
// after Enter reach the first result, and how tall the phone's open filter panel is.
// Usage: node scripts/search-figures.mjs [dossier du site construit, dist par défaut]
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { serveSite } from './lib/static-server.mjs';
import { issueQueries } from './lib/issue-queries.mjs';

/** Waits until the search page has written its summary for this query, then returns it. */
async function settled(page, query) {
  const status = page.locator('[data-summary]');
  await status.filter({ hasText: `« ${query} »` }).waitFor({ timeout: 30_000 });
  return ((await status.textContent()) ?? '').trim();
}

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const server = await serveSite(dir);
const browser = await launchChromium();
const rows = [];
let phoneTop;
let tabs;
let panelHeight;
try {
  const desktop = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 800 } });
  const page = await desktop.newPage();
  for (const { query, onTopic } of issueQueries) {
    await page.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`);
    const summary = await settled(page, query);
    const zero = /^Aucun résultat/.test(summary);

    const first = zero ? '' : new URL((await page.locator('.result-title a').first().getAttribute('href')) ?? '', server.url).pathname;
    const count = zero ? 0 : Number((/^([\d\s\u202f]+) résultats?/.exec(summary)?.[1] ?? '').replace(/\D/g, ''));
    rows.push({ query, count, first, offTopic: count > 0 && !onTopic.includes(first) });
  }

  // Tab presses: the visitor types in the page's field, presses Enter, then Tab until the first result's link.
  await page.goto(`${server.url}/recherche/`);
  await page.locator('#q').fill('anxiété');
  await page.locator('#q').press('Enter');
  await settled(page, 'anxiété');
  const firstLink = page.locator('.result-title a').first();
  for (tabs = 1; tabs <= 200; tabs++) {
    await page.keyboard.press('Tab');
    if (await firstLink.evaluate((link) => link === document.activeElement)) break;
  }

  const phone = await browser.newContext({ locale: 'fr-CA', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await small.goto(`${server.url}/recherche/?q=${encodeURIComponent('anxiété')}`);
  await settled(small, 'anxiété');
  phoneTop = Math.round(
    await small
      .locator('.result')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top + window.scrollY),
  );
  await small.locator('[data-filters] > summary').click();
  panelHeight = Math.round(await small.locator('[data-filters]').evaluate((panel) => panel.getBoundingClientRect().height));
} finally {
  await browser.close();
  await server.close();
}

console.log(`Site : ${dir}\n`);
console.log('| requête | résultats | premier résultat | |');
console.log('| --- | ---: | --- | --- |');
for (const row of rows) console.log(`| ${row.query} | ${row.count} | ${row.first || '—'} | ${row.count === 0 ? 'aucun résultat' : row.offTopic ? 'hors sujet' : 'pertinent'} |`);
console.log(`\nSans résultat : ${rows.filter((row) => row.count === 0).length} sur ${rows.length}.`);
console.log(`Premier résultat hors sujet : ${rows.filter((row) => row.offTopic).length} sur ${rows.length}.`);
console.log(`Téléphone 390 × 844, « anxiété » : le premier résultat commence à ${phoneTop} px.`);
console.log(`Téléphone : le panneau « Filtres » ouvert mesure ${panelHeight} px.`);
console.log(`Ordinateur, après Entrée : ${tabs > 200 ? 'plus de 200' : tabs} appuis sur Tab jusqu’au premier résultat.`);
