import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { itemKinds, kinds } from '../../src/schema/registry';
import { contentSlugs, readPage, root, siteDir, sitemapPaths } from './site';

/** Returns the visible text of some HTML, entities of the sample decoded, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, '’')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
/** Returns the `<dd>` that follows the « Niveau de preuve » term of an entry page. */
const evidenceOf = (path: string) => /Niveau de preuve<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(readPage(path))?.[1] ?? '';
/** Returns the decoded subject of each committee mailto: link of a page. */
const committeeSubjects = (path: string) =>
  [...readPage(path).matchAll(/href="(mailto:comite@carrefour-des-pratiques\.example\?[^"]+)"/g)].map(([, href]) =>
    new URL(href!.replace(/&amp;/g, '&')).searchParams.get('subject'),
  );

describe('evidence you can trust', () => {
  test('a sheet shows, beside its level, what was measured, how, by whom and when it was checked', () => {
    const evidence = textOf(evidenceOf('/pratiques/mentorat-entre-pairs/'));
    expect(evidence).toMatch(/^Pratique évaluée \(3 sur 4\) Ce qui a été mesuré : Les absences/);
    expect(evidence).toContain('Méthode : Questionnaire avant-après et comparaison avec 45 élèves');
    expect(evidence).toContain('Évaluation menée par : Laboratoire Fjord-Éducation');
    expect(evidenceOf('/pratiques/mentorat-entre-pairs/')).toMatch(/Vérifiée le\s:<\/strong> <time datetime="2025-06-19"[^>]*>19 juin 2025<\/time>/);
  });

  test('a sheet without evaluation data shows its level alone', () => {
    expect(textOf(evidenceOf('/pratiques/intervention-plein-air/'))).toBe('Expérience terrain (1 sur 4)');
  });

  test('a comparison-group evaluation ranks above parents’ own before/after answers', () => {
    const rank = (path: string) => Number(/\((\d) sur 4\)/.exec(textOf(evidenceOf(path)))?.[1]);
    // The reading club's results are parents' answers before and after; mentoring was compared with another school.
    expect(rank('/pratiques/club-de-lecture-en-famille/')).toBe(2);
    expect(rank('/pratiques/mentorat-entre-pairs/')).toBe(3);
    expect(rank('/pratiques/camp-transition-secondaire/')).toBe(3);
    const { evidence } = parse(readFileSync(join(root, 'content', 'taxonomies', 'evidence.yml'), 'utf8')) as { evidence: { id: string; definition: string }[] };
    const definition = (id: string) => evidence.find((level) => level.id === id)!.definition;
    expect(definition('pratique-evaluee')).toContain('groupe de comparaison');
    expect(definition('pratique-documentee')).toMatch(/avant et après, sans groupe de comparaison/);
    expect(definition('appuyee-par-la-recherche')).not.toMatch(/s’inspire/);
  });

  test('the scale page has one heading per section, and its definitions come before the guidance for authors', () => {
    const page = readPage('/echelle-des-preuves/');
    const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
    const headings = [...article.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map(([, text]) => textOf(text!));
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.filter((heading) => /niveaux/i.test(heading))).toHaveLength(1);
    // No section is a lone heading: something other than a heading follows each one.
    expect(article).not.toMatch(/<\/h2>\s*<(section|h2)\b[^>]*>\s*(<h2)?/);
    expect(headings[0]).toBe('Les niveaux de l’échelle');
    const firstDefinition = article.indexOf('id="experience-terrain"');
    const guidance = article.indexOf('Comment choisir le niveau de votre fiche');
    expect(firstDefinition).toBeGreaterThan(0);
    expect(guidance).toBeGreaterThan(article.indexOf('id="appuyee-par-la-recherche"'));
  });
});

describe('a real human contact', () => {
  test('/contribuer/ gives the committee’s address, and links /admin/ where it names it', () => {
    expect(committeeSubjects('/contribuer/')).toEqual(['Contribuer au Carrefour des pratiques']);
    const page = readPage('/contribuer/');
    expect(page).toMatch(/>\s*comite@carrefour-des-pratiques\.example\s*<\/a>/);
    expect(page).toMatch(/<a href="\/admin\/">\/admin\/<\/a>/);
    expect(page).toContain('href="#comite-titre"');
  });

  test('the 404 page gives it, with a subject and the start of a message', () => {
    const [href] = readPage('/404.html').match(/mailto:comite@[^"]+/) ?? [];
    const url = new URL(href!.replace(/&amp;/g, '&'));
    expect(url.searchParams.get('subject')).toBe('Page introuvable sur le Carrefour des pratiques');
    expect(url.searchParams.get('body')).toBe('Adresse de la page introuvable : ');
  });

  test.each(itemKinds.map((kind) => [kind, contentSlugs(kinds[kind].spec.folder, 'mdx')[0]!] as const))(
    'a %s page gives it beside « Proposer une modification », naming the page',
    (kind, slug) => {
      const path = `/${kinds[kind].route}/${slug}/`;
      const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(path))![1]!);
      expect(committeeSubjects(path)).toEqual([`Proposer une modification : ${title} (${path})`]);
    },
  );

  test('an editorial page gives it too', () => {
    expect(committeeSubjects('/licences/')).toEqual(['Proposer une modification : Licences et réutilisation (/licences/)']);
  });
});

describe('filter folders', () => {
  const sitemap = sitemapPaths();
  const folders = itemKinds.flatMap((kind) => kinds[kind].facets.map((key) => [kind, key, `/${kinds[kind].route}/${key}/`] as const));

  test.each(folders)('%s by %s: %s lists its values, each linking to its listing, and is in the sitemap', (_kind, _key, path) => {
    const page = readPage(path);
    expect(page).toContain('<html lang="fr-CA"');
    expect(sitemap).toContain(path);
    const values = [...page.matchAll(new RegExp(`<a href="(${path}[a-z0-9-]+/)"[^>]*>[^<]+</a> <span class="muted"[^>]*>\\((\\d+)\\)</span>`, 'g'))];
    for (const [, href, count] of values) {
      const listing = readPage(href!);
      expect(listing).toMatch(new RegExp(`<strong>${count} `));
    }
    if (values.length === 0) expect(page).toContain('Rien à parcourir');
  });

  test('/pratiques/organisme/ lists the organizations that share sheets', () => {
    const page = readPage('/pratiques/organisme/');
    expect(page).toContain('href="/pratiques/organisme/cap-reussite-rimouski/"');
    expect(page).toMatch(/<h1[^>]*>Pratiques par organisme<\/h1>/);
    expect(readPage('/pratiques/organisme/cap-reussite-rimouski/')).toContain('href="/pratiques/organisme/"');
  });
});

describe('counts agree', () => {
  test('the home page and the search page give the same number for every region', () => {
    const home = readPage('/');
    const regions = home.slice(home.indexOf('id="regions-titre"'), home.indexOf('id="contribuer-titre"'));
    const nonZero = (pairs: [string, number][]): Record<string, number> => Object.fromEntries(pairs.filter(([, count]) => count !== 0));
    // The home page says « 4 contenus, 1 organisme »; the search page's filter counts every indexed page of the region, both together.
    const onHome = nonZero(
      [...regions.matchAll(/href="\/regions\/([a-z-]+)\/"[^>]*>[^<(]+\(([^)]*)\)/g)].map(([, id, figures]): [string, number] => [
        id!,
        [...figures!.matchAll(/\d+/g)].reduce((sum, [count]) => sum + Number(count), 0),
      ]),
    );
    const onSearch = nonZero(
      [...readPage('/recherche/').matchAll(/data-count="region:([a-z-]+)"[^>]*>\s*\((\d+)\)/g)].map(([, id, count]): [string, number] => [id!, Number(count)]),
    );
    expect(Object.keys(onHome).length).toBeGreaterThan(5);
    expect(onHome).toEqual(onSearch);
    expect(regions).toContain('Bas-Saint-Laurent (4 contenus, 1 organisme)');
    expect(onHome['bas-saint-laurent']).toBe(5);
  });
});

describe('npm run size', () => {
  test('measures the sheets right after a build, naming a sheet page', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'size.mjs'), siteDir], { encoding: 'utf8' });
    // It runs to the end (exit 1 only says a budget is exceeded): no « Page introuvable », no crash.
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Total HTML + CSS');
    const sheets = contentSlugs('fiches', 'mdx');
    expect(result.stdout).toContain(`Pages de fiche mesurées : ${sheets.length} `);
    const heaviest = /Fiche la plus lourde : \/pratiques\/([a-z0-9-]+)\//.exec(result.stdout)?.[1];
    expect(sheets).toContain(heaviest);
  });
});
