import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { citeItem } from '../../src/lib/citation';
import { escapeXml, newestFirst, rssFeed, sitemapXml } from '../../src/lib/feeds';
import { sitePaths } from '../../src/lib/routes';
import { openData } from '../../src/lib/open-data';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);
const site = 'https://exemple.example';

describe('citeItem', () => {
  test('names the authors and their organization', () => {
    expect(citeItem(library.byKey.get('outil:grille')!, `${site}/outils/grille/`, 'Carrefour des pratiques')).toBe(
      'Marie Tremblay et Luc Gagnon (Org A). (2023). Grille [grille d’observation]. Carrefour des pratiques. https://exemple.example/outils/grille/',
    );
  });
  test('lets the organization sign alone', () => {
    expect(citeItem(library.byKey.get('fiche:beta')!, `${site}/pratiques/beta/`, 'Carrefour des pratiques')).toBe(
      'Org B. (2025). beta [fiche de pratique]. Carrefour des pratiques. https://exemple.example/pratiques/beta/',
    );
  });
});

describe('feeds', () => {
  test('escapeXml escapes markup characters', () => {
    expect(escapeXml(`<a href="x">L'été & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;L&apos;été &amp; co&lt;/a&gt;');
  });
  test('newestFirst sorts by publication date', () => {
    expect(newestFirst(library.items).map((i) => i.slug)).toEqual(['beta', 'alpha', 'gamma', 'grille']);
  });
  test('rssFeed lists each item with an absolute link', () => {
    const xml = rssFeed({ siteUrl: site, title: 'T', description: 'D' }, library.items);
    expect(xml).toContain('<link>https://exemple.example/pratiques/beta/</link>');
    expect(xml.match(/<item>/g)).toHaveLength(4);
    expect(xml).toContain('<language>fr-CA</language>');
  });
  test('sitemapXml lists absolute URLs', () => {
    expect(sitemapXml(site, ['/', '/a/'])).toContain('<url><loc>https://exemple.example/a/</loc></url>');
  });
});

describe('sitePaths', () => {
  test('covers items, organizations, taxonomy pages and content pages once each', () => {
    const paths = sitePaths(library, ['communaute']);
    expect(paths).toContain('/pratiques/alpha/');
    expect(paths).toContain('/organismes/org-b/');
    expect(paths).toContain('/regions/montreal/');
    expect(paths).toContain('/publics/parents/');
    expect(paths).toContain('/communaute/');
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('openData', () => {
  test('exports every entry with its body and absolute URLs', () => {
    const data = openData(library, site);
    expect(data.sheets.map((s) => s.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(data.tools[0]!.files[0]!.url).toBe('https://exemple.example/fichiers/outils/grille.pdf');
    expect(data.sheets[0]!.body).toContain('Contexte et besoins');
    expect(data.organizations[0]!.region).toBe('05');
  });
});
