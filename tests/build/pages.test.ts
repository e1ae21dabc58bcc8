import { describe, expect, test } from 'vitest';
import { relative, sep } from 'node:path';
import { contentSlugs, listFiles, readPage, siteDir, sitemapPaths } from './site';

const kinds = [
  { folder: 'fiches', extension: 'mdx', path: '/pratiques/' },
  { folder: 'outils', extension: 'mdx', path: '/outils/' },
  { folder: 'modeles', extension: 'mdx', path: '/modeles/' },
  { folder: 'organismes', extension: 'yml', path: '/organismes/' },
];
const rss = readPage('/rss.xml');
const sitemap = sitemapPaths();
const data = JSON.parse(readPage('/donnees/bibliotheque.json')) as Record<string, { id?: string; slug?: string }[]>;

describe.each(kinds)('$folder', ({ folder, extension, path }) => {
  const slugs = contentSlugs(folder, extension);
  const listing = readPage(path);

  test('the library ships sample content', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
  });

  test.each(slugs)('%s has its page, in French, listed everywhere', (slug) => {
    const page = readPage(`${path}${slug}/`);
    expect(page).toContain('<html lang="fr-CA"');
    expect(page).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(listing).toContain(`href="${path}${slug}/"`);
    expect(sitemap).toContain(`${path}${slug}/`);
    const jsonKey = { fiches: 'sheets', outils: 'tools', modeles: 'models', organismes: 'organizations' }[folder]!;
    expect(data[jsonKey]!.some((entry) => (entry.id ?? entry.slug) === slug)).toBe(true);
    if (folder !== 'organismes') expect(rss).toContain(`${path}${slug}/</link>`);
  });
});

describe('sitemap', () => {
  test('robots.txt names the sitemap index, and the sitemap lists every built page once but the CMS and 404', () => {
    expect(readPage('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    const built = listFiles(siteDir)
      .map((file) => `/${relative(siteDir, file).split(sep).join('/')}`)
      .filter((path) => path.endsWith('/index.html'))
      .map((path) => path.slice(0, -'index.html'.length))
      .filter((path) => !path.startsWith('/admin/'));
    expect(sitemap.length).toBeGreaterThan(100);
    expect(new Set(sitemap).size).toBe(sitemap.length);
    expect([...sitemap].sort()).toEqual(built.sort());
  });
});

describe('the footer', () => {
  test.each(['/', '/pratiques/', '/recherche/'])('of %s names the community’s places kept out of the menu, and the kit', (path) => {
    const footer = readPage(path).split('<footer')[1]!;
    const list = /<ul class="facets"[^>]*aria-label="La communauté"[^>]*>(.*?)<\/ul>/s.exec(footer)?.[1] ?? '';
    expect([...list.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, label]) => `${href} ${label}`)).toEqual([
      '/rencontres/ Rencontres',
      '/experiences/ Nous l’avons essayé',
      '/appels/ Appels à la communauté',
      '/trousse/ Ma trousse',
    ]);
  });
});

describe('content pages', () => {
  test.each(contentSlugs('pages', 'mdx'))('/%s/ is built and in the sitemap', (slug) => {
    expect(readPage(`/${slug}/`)).toContain('<h1');
    expect(sitemap).toContain(`/${slug}/`);
  });
});

describe('a practice sheet page', () => {
  const slug = contentSlugs('fiches', 'mdx').find((s) => s === 'table-locale-perseverance') ?? contentSlugs('fiches', 'mdx')[0]!;
  const page = readPage(`/pratiques/${slug}/`);

  test('has the « En bref » box with its evidence level and cost', () => {
    expect(page).toMatch(/<h2 id="en-bref-titre"[^>]*>\s*En bref\s*<\/h2>/);
    expect(page).toContain('Niveau de preuve');
    expect(page).toContain('Coût approximatif');
  });
  test('shows the organization card with a public contact', () => {
    expect(page).toMatch(/href="mailto:[^"]+@[^"]+"/);
  });
  test('writes dates in Québec French', () => {
    expect(page).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}<\/time>/);
  });
  test('offers a citation, a licence and an edit link into the CMS', () => {
    expect(page).toContain('class="citation"');
    expect(page).toContain('rel="license"');
    expect(page).toContain(`href="/admin/#/collections/fiches/entries/${slug}"`);
  });
  test('renders every section of the body', () => {
    for (const heading of ['Contexte et besoins', 'Objectifs', 'Déroulement', 'Conditions de réussite', 'Résultats observés', 'Défis et adaptations', 'Pour en savoir plus']) {
      expect(page).toContain(`>${heading}</h2>`);
    }
  });
  test('loads no JavaScript but small module files (the copy buttons), never an inline script', () => {
    const scripts = [...page.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
  });
  test('says it is a fictional example', () => {
    expect(page).toContain('Exemple fictif');
  });
});

describe.each([
  { kind: 'a tool', path: '/outils/guide-animation-cafes-parents/', folder: 'outils' },
  { kind: 'a sheet', path: '/pratiques/table-locale-perseverance/', folder: 'fiches' },
])('$kind page', ({ path, folder }) => {
  const page = readPage(path);
  test('lists its files in « En bref », under the same heading, with name, format and size', () => {
    const brief = page.slice(page.indexOf('<aside class="box en-bref"'), page.indexOf('</aside>'));
    expect(brief).toMatch(/<h3 id="fichiers-titre"[^>]*>Fichiers à télécharger<\/h3>/);
    expect(brief).toMatch(
      new RegExp(
        `<a href="/fichiers/${folder}/[^"]+\\.pdf" download[^>]*>[^<]+</a>\\s*<span class="muted"[^>]*>\\s*— PDF, <span class="size"[^>]*>\\d+(,\\d)? (Ko|Mo|octets)</span>`,
      ),
    );
    expect(page.match(/ download[ >]/g)?.length).toBe(brief.match(/ download[ >]/g)?.length);
  });
});

describe('site-wide pages', () => {
  test('the 404 page is in French and not indexed', () => {
    const page = readPage('/404.html');
    expect(page).toContain('Page introuvable');
    expect(page).toContain('noindex');
  });
  test('every page has a skip link to the main content', () => {
    expect(readPage('/')).toMatch(/<a class="skip-link" href="#contenu"[^>]*>\s*Aller au contenu\s*<\/a>/);
    expect(readPage('/')).toContain('id="contenu"');
  });
  test('the listings give counts', () => {
    expect(readPage('/pratiques/')).toMatch(/\d+ fiches de pratique/);
    expect(readPage('/outils/')).toMatch(/\d+ outils/);
  });
  test('the evidence scale lists every level', () => {
    const page = readPage('/echelle-des-preuves/');
    for (const label of ['Expérience terrain', 'Pratique documentée', 'Pratique évaluée', 'Pratique appuyée par la recherche']) expect(page).toContain(label);
  });
  test('keeps the spaces between words and links (no glued words)', () => {
    const text = (path: string) =>
      readPage(path)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
    expect(text('/recherche/')).toContain('les publics et les organismes.');
    expect(text('/')).toContain('Tous les thèmes · Parcourir par public');
    expect(text('/pratiques/cafes-parents-ados/')).toContain('Pratique documentée (2 sur 4)');
    expect(text('/pratiques/cafes-parents-ados/')).toContain('Cap Réussite, Rimouski');
  });
  test('all 17 regions have a page', () => {
    expect(readPage('/regions/')).toContain('Gaspésie–Îles-de-la-Madeleine');
    expect(sitemap.filter((path) => /^\/regions\/[a-z-]+\/$/.test(path))).toHaveLength(17);
  });
});

describe('footnotes', () => {
  test('are titled and labelled in French', () => {
    const page = readPage('/pratiques/mentorat-entre-pairs/');
    expect(page).toMatch(/<h2[^>]*>Notes<\/h2>/);
    expect(page).toContain('aria-label="Retour à l’appel de note 1"');
    expect(page).toContain('Laboratoire Fjord-Éducation, <em>Le mentorat entre pairs');
    // « Historique » may quote a developer's commit subject, in English (lang="en"), that names footnotes.
    expect(page.replace(/<details class="history[\s\S]*?<\/details>/, '')).not.toMatch(/Footnotes|Back to reference/);
  });
});
