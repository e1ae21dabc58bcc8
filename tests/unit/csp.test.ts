import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adminPolicy, headersFile, policyToString, sitePolicy } from '../../src/lib/csp';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

const root = join(import.meta.dirname, '..', '..');

describe('sitePolicy', () => {
  test('allows the site’s own files, WebAssembly for Pagefind and nothing inline', () => {
    expect(policyToString(sitePolicy, 'header')).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    for (const sources of Object.values(sitePolicy)) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter((source) => /^(https?:|\*|data:|blob:)/.test(source))).toEqual([]);
    }
  });
});

describe('adminPolicy', () => {
  test('differs from the site policy and runs no script from elsewhere', () => {
    expect(adminPolicy).not.toEqual(sitePolicy);
    // Decap compiles its configuration checks at run time: eval of its own code, never another origin's.
    expect(adminPolicy['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    expect(sitePolicy['script-src']).not.toContain("'unsafe-eval'");
    expect(adminPolicy['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('policyToString', () => {
  test('leaves out frame-ancestors for a <meta> element, which cannot carry it', () => {
    expect(policyToString(sitePolicy, 'meta')).not.toContain('frame-ancestors');
    expect(policyToString(sitePolicy, 'header')).toContain("frame-ancestors 'none'");
  });
});

describe('public/_headers', () => {
  const text = readFileSync(join(root, 'public', '_headers'), 'utf8');

  test('is what `npm run headers` writes from src/lib/csp.ts', () => {
    expect(text, 'public/_headers n’est plus à jour : lancez « npm run headers »').toBe(headersFile());
  });

  test('gives every page the site policy and /admin/ its own', () => {
    const rules = parseHeadersFile(text);
    expect(headersFor(rules, '/pratiques/x/')['Content-Security-Policy']).toBe(policyToString(sitePolicy, 'header'));
    expect(headersFor(rules, '/pagefind/pagefind-worker.js')['Content-Security-Policy']).toBe(policyToString(sitePolicy, 'header'));
    expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe(policyToString(adminPolicy, 'header'));
  });
});
