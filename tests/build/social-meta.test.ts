import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fileFor, readPage } from './site';
import { site } from '../../src/config';

/** Returns the decoded attribute values of the page's <meta> and <link> elements, by property or name. */
function headTags(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const decode = (value: string) =>
    value
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
  const tags = new Map<string, string>();
  for (const [tag] of head.matchAll(/<(meta|link)\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const key = attribute('property') ?? attribute('name') ?? (attribute('rel') === 'canonical' ? 'canonical' : undefined);
    const value = attribute('content') ?? attribute('href');
    if (key && value !== undefined) tags.set(key, decode(value));
  }
  return tags;
}

describe.each([
  { path: '/', type: 'website' },
  { path: '/pratiques/', type: 'website' },
  { path: '/pratiques/table-locale-perseverance/', type: 'article' },
  { path: '/outils/guide-animation-cafes-parents/', type: 'article' },
])('$path when shared', ({ path, type }) => {
  const html = readPage(path);
  const tags = headTags(html);

  test(`carries Open Graph and Twitter card tags: ${type}, its canonical address, the site image`, () => {
    const url = `${site.url}${path}`;
    expect(tags.get('canonical')).toBe(url);
    expect(tags.get('og:url')).toBe(url);
    expect(tags.get('og:type')).toBe(type);
    expect(tags.get('og:site_name')).toBe(site.name);
    expect(tags.get('og:locale')).toBe('fr_CA');
    expect(tags.get('og:description')).toBe(tags.get('description'));
    expect(tags.get('og:description')!.length).toBeGreaterThan(20);
    expect(tags.get('og:image')).toBe(`${site.url}/images/partage.png`);
    expect(tags.get('og:image:alt')).toMatch(/^Carrefour des pratiques/);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
  });

  test('names the page in og:title: the entry’s own title, the site’s on the home page', () => {
    const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
    expect(tags.get('og:title')).toBe(path === '/' ? site.name : h1?.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))));
  });
});

describe('the sharing image', () => {
  test('is a 1200 × 630 PNG the site serves', () => {
    const png = readFileSync(fileFor('/images/partage.png')!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  test('pages kept out of search engines are not offered for sharing', () => {
    expect(headTags(readPage('/404.html')).has('og:url')).toBe(false);
  });
});
