import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileFor, listFiles, siteDir } from './site';

const pages = listFiles(siteDir).filter((file) => file.endsWith('.html'));
const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
};

describe('internal links', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test('every href and src points to a built file or an existing anchor', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const from = `/${relative(siteDir, file)}`;
      for (const [, attr, url] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (!url || /^(https?:|mailto:|tel:)/.test(url)) continue;
        if (!url.startsWith('/') && !url.startsWith('#')) {
          broken.push(`${from}: ${attr}="${url}" (lien relatif)`);
          continue;
        }
        const [path, hash] = url.split('#') as [string, string | undefined];
        const target = path ? fileFor(path) : file;
        if (!target) broken.push(`${from}: ${attr}="${url}"`);
        else if (hash && !hash.startsWith('/') && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
          broken.push(`${from}: ${attr}="${url}" (ancre absente)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
