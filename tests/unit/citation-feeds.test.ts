import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { citeItem } from '../../src/lib/citation';
import { addConsultedDate } from '../../src/lib/consulted';
import { getRssString } from '@astrojs/rss';
import { feedOptions, newestFirst } from '../../src/lib/feeds';
import { openData } from '../../src/lib/open-data';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);
const site = 'https://exemple.example';

describe('citeItem', () => {
  test('names the authors and their organization, the year, the title, its type and the site', () => {
    expect(citeItem(library.byKey.get('outil:grille')!, `${site}/outils/grille/`, 'Carrefour des pratiques')).toBe(
      'Marie Tremblay et Luc Gagnon (Org A). (2023). Grille [Grille d’observation]. Carrefour des pratiques. https://exemple.example/outils/grille/',
    );
  });
  test('lets the organization sign alone', () => {
    expect(citeItem(library.byKey.get('fiche:beta')!, `${site}/pratiques/beta/`, 'Carrefour des pratiques')).toBe(
      'Org B. (2025). beta [Fiche de pratique]. Carrefour des pratiques. https://exemple.example/pratiques/beta/',
    );
  });
  test('says when the reader consulted the page, before its address', () => {
    expect(citeItem(library.byKey.get('fiche:beta')!, `${site}/pratiques/beta/`, 'Carrefour des pratiques', '3 juin 2025')).toBe(
      'Org B. (2025). beta [Fiche de pratique]. Carrefour des pratiques. Consulté le 3 juin 2025, à https://exemple.example/pratiques/beta/',
    );
  });
  test('puts no second period after a title or a name that already ends a sentence', () => {
    const beta = library.byKey.get('fiche:beta')!;
    const item = { ...beta, title: 'Pourquoi décrocher?', organization: { ...beta.organization!, name: 'Org B inc.' } };
    expect(citeItem(item, `${site}/pratiques/beta/`, 'Carrefour des pratiques')).toBe(
      'Org B inc. (2025). Pourquoi décrocher? [Fiche de pratique]. Carrefour des pratiques. https://exemple.example/pratiques/beta/',
    );
  });
  test('addConsultedDate gives the page’s citation the reader’s date, once', () => {
    const url = `${site}/pratiques/beta/`;
    const citation = citeItem(library.byKey.get('fiche:beta')!, url, 'Carrefour des pratiques');
    const dated = addConsultedDate(citation, url, '3 juin 2025');
    expect(dated).toBe(citeItem(library.byKey.get('fiche:beta')!, url, 'Carrefour des pratiques', '3 juin 2025'));
    expect(addConsultedDate(dated, url, '4 juin 2025')).toBe(dated);
  });
});

describe('feeds', () => {
  test('newestFirst sorts by publication date', () => {
    expect(newestFirst(library.items).map((i) => i.slug)).toEqual(['beta', 'alpha', 'gamma', 'grille']);
  });
  test('the RSS feed lists each item, newest first, with an absolute link, in French', async () => {
    const xml = await getRssString(feedOptions({ siteUrl: site, title: 'T & cie', description: 'D' }, library.items));
    expect(xml).toContain('<title>T &amp; cie</title>');
    expect(xml).toContain('<atom:link href="https://exemple.example/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>fr-CA</language>');
    expect(xml.match(/<item>/g)).toHaveLength(4);
    expect([...xml.matchAll(/<link>([^<]+)<\/link>/g)].map(([, url]) => url).slice(1, 3)).toEqual([
      'https://exemple.example/pratiques/beta/',
      'https://exemple.example/pratiques/alpha/',
    ]);
    expect(xml).toContain('<guid isPermaLink="true">https://exemple.example/pratiques/beta/</guid>');
    expect(xml).toContain('<category>Fiche de pratique</category>');
  });
  test('the RSS feed escapes markup in titles and summaries', async () => {
    const [item] = library.items;
    const xml = await getRssString(feedOptions({ siteUrl: site, title: 'T', description: 'D' }, [{ ...item!, title: '<b>L’été & co</b>', summary: 'a < b' }]));
    expect(xml).toContain('<title>&lt;b&gt;L’été &amp; co&lt;/b&gt;</title>');
    expect(xml).toContain('<description>a &lt; b</description>');
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
