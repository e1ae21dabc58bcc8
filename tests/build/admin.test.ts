import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fileFor, readPage, root } from './site';

const page = readPage('/admin/');
const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
const pageData = JSON.parse(/<script id="cms-config" type="application\/json">([\s\S]*?)<\/script>/.exec(page)![1]!) as {
  config: { locale: string; publish_mode: string; collections: { name: string }[] };
};

describe('/admin/', () => {
  test('is a French page kept out of search engines and of the site search index', () => {
    expect(page).toContain('<html lang="fr-CA"');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toContain('data-pagefind-body');
    expect(readPage('/robots.txt')).toContain('Disallow: /admin/');
  });

  test('is in neither the sitemap nor the RSS feed', () => {
    expect(readPage('/sitemap.xml')).not.toContain('/admin/');
    expect(readPage('/rss.xml')).not.toContain('/admin/');
  });

  test('carries the generated configuration: French, editorial workflow, every collection', () => {
    expect(pageData.config.locale).toBe('fr');
    expect(pageData.config.publish_mode).toBe('editorial_workflow');
    expect(pageData.config.collections.map((c) => c.name)).toEqual(['fiches', 'outils', 'modeles', 'organismes', 'pages', 'taxonomies']);
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
