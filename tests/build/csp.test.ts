import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adminPolicy, policyToString, sitePolicy } from '../../src/lib/csp';
import { listFiles, readPage, siteDir } from './site';

const pages = listFiles(siteDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ path: `/${relative(siteDir, file)}`, html: readFileSync(file, 'utf8') }));

/** Returns what the page says that a strict policy would block: inline styles and scripts, event handlers. */
function inlineCode(html: string): string[] {
  return [
    ...[...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]),
    ...[...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\ssrc="/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!)).map((m) => m[0]),
    ...[...html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)=/g)].map((m) => m[0].slice(0, 80)),
    ...[...html.matchAll(/href="javascript:/g)].map((m) => m[0]),
  ];
}

describe('Content Security Policy in the built pages', () => {
  test('no page has inline styles, inline scripts, style attributes or event handlers', () => {
    const found = pages.flatMap(({ path, html }) => inlineCode(html).map((code) => `${path}: ${code}`));
    expect(found).toEqual([]);
  });

  test('every page carries the site policy in a <meta> right after its charset, the CMS its own', () => {
    const meta = (policy: typeof sitePolicy) => `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policyToString(policy, 'meta')}">`;
    // Only the pages that run Decap get its allowances; the committee's import page, under /admin/ too, keeps the site's stricter policy.
    const cmsPages = new Set(['/admin/index.html', '/admin/comite/index.html']);
    expect(pages.map(({ path }) => path)).toEqual(expect.arrayContaining([...cmsPages]));
    const wrong = pages.filter(({ path, html }) => !html.includes(meta(cmsPages.has(path) ? adminPolicy : sitePolicy))).map(({ path }) => path);
    expect(pages.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  test('the site ships the _headers file with both policies', () => {
    const headers = readPage('/_headers');
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${policyToString(sitePolicy, 'header')}`);
    // Cloudflare Pages joins matching rules: the site policy is detached from /admin/ first (Netlify skips that line).
    expect(headers).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policyToString(adminPolicy, 'header')}`);
  });
});
