import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fileFor, readPage, root, sitemapPaths } from './site';

interface PageData {
  config: { locale: string; publish_mode: string; collections: { name: string; fields?: { name: string; widget: string }[] }[] };
}
const scriptsOf = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
const dataOf = (html: string) => JSON.parse(/<script id="cms-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!) as PageData;

const page = readPage('/admin/');
const scripts = scriptsOf(page);
const pageData = dataOf(page);
const committeePage = readPage('/admin/comite/');

describe('/admin/', () => {
  test('is a French page kept out of search engines and of the site search index', () => {
    expect(page).toContain('<html lang="fr-CA"');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toContain('data-pagefind-body');
    expect(readPage('/robots.txt')).toContain('Disallow: /admin/');
  });

  test('is in neither the sitemap nor the RSS feed', () => {
    expect(sitemapPaths().filter((path) => path.startsWith('/admin/'))).toEqual([]);
    expect(readPage('/rss.xml')).not.toContain('/admin/');
  });

  test('carries the contributors’ configuration: French, editorial workflow, what they may change', () => {
    expect(pageData.config.locale).toBe('fr');
    expect(pageData.config.publish_mode).toBe('editorial_workflow');
    expect(pageData.config.collections.map((c) => c.name)).toEqual(['fiches', 'outils', 'modeles', 'organismes', 'rencontres', 'recits', 'appels']);
    for (const c of pageData.config.collections) expect(c.fields!.find((f) => f.name === 'sample')?.widget).toBe('hidden');
  });

  test('shows the sign-in screen’s welcome text, which says how to get help', () => {
    expect(page).toMatch(/<section id="cms-welcome"[^>]* hidden>/);
    expect(page).toContain('Rien n’est public avant que le comité ait relu votre proposition.');
    expect(page).toContain('<a href="/contribuer/">Contribuer</a>');
  });

  test('loads Decap from one bundled script of this site (no CDN), a production build under 1.75 MB gzip', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/[^/]+\.js$/);
    const bundle = readFileSync(fileFor(scripts[0]!)!);
    expect(gzipSync(bundle).length).toBeLessThan(1.75 * 1024 * 1024);
    expect(bundle.toString('utf8')).not.toContain('should have a unique "key" prop');
    expect(page).not.toMatch(/unpkg|jsdelivr|cdnjs/);
  });

  test('bundles only the pinned React, not the react-dom copy inside decap-cms-app’s own bundle', () => {
    const bundle = readFileSync(fileFor(scripts[0]!)!, 'utf8');
    const pinned = (JSON.parse(readFileSync(join(root, 'node_modules', 'react', 'package.json'), 'utf8')) as { version: string }).version;
    expect(new Set(bundle.match(/\b19\.\d+\.\d+\b/g))).toEqual(new Set([pinned]));
  });
});

describe('/admin/comite/', () => {
  test('is the committee’s CMS: every collection, the « Exemple fictif » field shown', () => {
    const { config } = dataOf(committeePage);
    expect(config.collections.map((c) => c.name)).toEqual(['fiches', 'outils', 'modeles', 'organismes', 'rencontres', 'recits', 'appels', 'pages', 'taxonomies', 'recherche']);
    expect(config.collections[0]!.fields!.find((f) => f.name === 'sample')?.widget).toBe('boolean');
    expect(committeePage).toContain('<title>Espace du comité — Carrefour des pratiques</title>');
  });

  test('is kept out of search engines, the sitemap and the feed like /admin/, and loads the same script', () => {
    expect(committeePage).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(committeePage).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(committeePage).not.toContain('data-pagefind-body');
    expect(sitemapPaths().filter((path) => path.includes('/comite/'))).toEqual([]);
    expect(readPage('/rss.xml')).not.toContain('/comite/');
    expect(scriptsOf(committeePage)).toEqual(scripts);
  });
});
