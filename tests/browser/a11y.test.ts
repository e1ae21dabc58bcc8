import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { type Check, type CrawlWindow, type Visit, pageProblems, useCrawl } from './crawl';
import { desktop, horizontalOverflow, phone, smallTargets, zoom400 } from './layout-checks';
import { onePagePerTemplate, sitemapPaths } from './sitemap';

// The crawl: every page of the sitemap is loaded once per window, and each load runs every check that
// window needs (axe, sideways scrolling, touch targets). A few pages load at once: on 2 cores, Chromium
// renders one page while another waits for its files or runs axe.
const crawl = useCrawl(3);
const paths = sitemapPaths();
// Every page on a desktop in light mode, on a phone and at 400 % zoom. Dark mode changes colour tokens
// only, and a phone only the layout, while every page of a template uses the same components: there, axe
// checks one page per template.
const templates = onePagePerTemplate(paths);

const lightDesktop: CrawlWindow = { name: 'bureau, thème clair', options: { colorScheme: 'light', ...desktop } };
const darkDesktop: CrawlWindow = { name: 'bureau, thème sombre', options: { colorScheme: 'dark', ...desktop } };
const phoneWindow: CrawlWindow = { name: 'téléphone de 320 px', options: { colorScheme: 'light', ...phone } };
const zoomWindow: CrawlWindow = { name: 'zoom à 400 % d’une fenêtre de 1280 px', options: zoom400 };

const axe: Check = ['axe', axeViolations];
/** No sideways scrolling (WCAG 1.4.10): the elements that stick out, and whether the page scrolls at all. */
const overflow: Check = [
  'défilement horizontal',
  async (page) => {
    const { scrolls, culprits } = await horizontalOverflow(page);
    return [...(scrolls ? ['la page défile sur le côté'] : []), ...culprits];
  },
];
const targets: Check = ['cibles de moins de 24 × 24 px', smallTargets];
const targetsWithFiltersOpen: Check = [
  'cibles de moins de 24 × 24 px, filtres ouverts',
  async (page) => {
    await openAllFilters(page);
    return smallTargets(page);
  },
];

/** Opens every filter of the search page, the way a visitor clicks each heading. */
async function openAllFilters(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Decap draws its sign-in screen after its script runs: check that screen, with its welcome text, not the empty page. */
async function cmsDrawn(page: Page) {
  await page
    .getByRole('button', { name: /Se connecter/ })
    .first()
    .waitFor();
  await page.locator('#cms-welcome').waitFor();
}

const searchResults = (page: Page) => page.locator('.result').first().waitFor();

/** The search page in the states axe checks: before anything is typed, with results and filters, with no result. */
function searchStates(window: CrawlWindow): (Visit & { state: string })[] {
  const states: { state: string; path: string; ready: (page: Page) => Promise<void> }[] = [
    {
      state: 'avant toute saisie',
      path: '/recherche/',
      ready: (page) => expect.poll(() => page.locator('[data-count="type:fiche"]').textContent(), { timeout: 10_000 }).toMatch(/^\(\d+\)$/),
    },
    {
      state: 'une requête, tous les filtres ouverts et des résultats',
      path: '/recherche/',
      ready: async (page) => {
        await page.getByLabel('Que cherchez-vous?').fill('parents');
        await expect.poll(() => page.locator('.result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        // On a phone the filters wait behind their « Filtres » toggle.
        await openAllFilters(page);
        await page
          .locator('.pane')
          .getByRole('checkbox', { name: /^Fiches de pratique/ })
          .check();
        await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('type=fiche');
        await openAllFilters(page);
        await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/résultats? pour « parents » avec 1 filtre/);
      },
    },
    {
      state: 'aucun résultat, avec l’offre de retirer un filtre',
      path: '/recherche/?q=canot&type=modele',
      ready: (page) => expect.poll(() => page.getByRole('link', { name: 'Retirer « Modèles »' }).isVisible(), { timeout: 10_000 }).toBe(true),
    },
  ];
  return states.map((visit) => ({ ...visit, window, checks: [axe], isolated: true }));
}

// The kit page saves the visitor's kit, checked against the library, as soon as it loads.
const writesStorage = new Set(['/trousse/']);
/** A sitemap page in a window: in the window's shared context, unless it writes to the browser's storage. */
const sitemapVisit = (path: string, window: CrawlWindow, checks: Check[]): Visit => ({ path, window, checks, isolated: writesStorage.has(path) });

const visits: (Visit & { state?: string })[] = [
  ...paths.map((path) => sitemapVisit(path, lightDesktop, [axe])),
  ...templates.map((path) => sitemapVisit(path, darkDesktop, [axe])),
  ...paths.map((path) => sitemapVisit(path, phoneWindow, templates.includes(path) ? [axe, overflow, targets] : [overflow, targets])),
  ...paths.map((path) => sitemapVisit(path, zoomWindow, [overflow])),
  ...[lightDesktop, darkDesktop, phoneWindow].flatMap((window) => [
    ...searchStates(window),
    { path: '/admin/', window, ready: cmsDrawn, checks: window === phoneWindow ? [axe, overflow, targets] : [axe], isolated: true },
    { path: '/admin/comite/', window, ready: cmsDrawn, checks: [axe], isolated: true },
    { path: '/404.html', window, checks: window === phoneWindow ? [axe, overflow, targets] : [axe] },
  ]),
  { path: '/recherche/?q=parents', window: phoneWindow, ready: searchResults, checks: [overflow, targetsWithFiltersOpen], isolated: true },
  { path: '/recherche/?q=parents', window: zoomWindow, ready: searchResults, checks: [overflow], isolated: true },
  { path: '/admin/', window: zoomWindow, ready: cmsDrawn, checks: [overflow], isolated: true },
  { path: '/404.html', window: zoomWindow, checks: [overflow] },
];

test('the sitemap lists the pages to check, and every template is checked in dark mode and on a phone', () => {
  expect(paths.length).toBeGreaterThan(50);
  expect(paths).toContain('/');
  expect(templates).toEqual(expect.arrayContaining(['/', '/pratiques/', '/regions/', '/communaute/']));
  expect(templates.filter((path) => path.startsWith('/pratiques/'))).toHaveLength(2);
});

for (const visit of visits) {
  test.concurrent(`${visit.window.name} : ${visit.path}${visit.state ? ` (${visit.state})` : ''}`, async ({ expect }) => {
    const findings = await crawl.visit(visit);
    const clean = Object.fromEntries([...visit.checks.map(([name]) => name), pageProblems].map((name) => [name, []]));
    expect(findings, `${visit.path} dans la fenêtre « ${visit.window.name} »`).toEqual(clean);
  });
}

test('the pages that share a window left nothing behind that a later page could read', async () => {
  expect(await crawl.leftovers()).toEqual([]);
});

test('the crawl records a failed request and a policy violation under the page that had them only', async () => {
  const [broken, clean] = await Promise.all([
    crawl.visit({
      path: '/page-absente/',
      window: lightDesktop,
      checks: [],
      ready: (page) => page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'void 0' }))),
    }),
    crawl.visit({ path: '/', window: lightDesktop, checks: [] }),
  ]);
  expect(broken[pageProblems]).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^réponse 404 : .*\/page-absente\/$/),
      expect.stringMatching(/^violation de la politique de sécurité : script-src-elem a bloqué inline/),
    ]),
  );
  expect(clean).toEqual({ [pageProblems]: [] });
});
