import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adminPolicy, headersFile, policyToString, sitePolicy, uploadFolderHeaders, uploadPolicy } from '../../src/lib/csp';
import { uploadFolders } from '../../src/lib/safety/uploads';
import { cloudflareHeadersFor, headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

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

  test('gives /admin/ its own policy alone on Cloudflare Pages too, which joins matching rules: the site one is detached', () => {
    const rules = parseHeadersFile(text);
    expect(cloudflareHeadersFor(rules, '/admin/')['Content-Security-Policy']).toEqual([policyToString(adminPolicy, 'header')]);
    expect(cloudflareHeadersFor(rules, '/admin/')['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(cloudflareHeadersFor(rules, '/pratiques/x/')['Content-Security-Policy']).toEqual([policyToString(sitePolicy, 'header')]);
  });

  test('reads a detach line as Cloudflare does, and refuses a header line without a colon', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/b/*\n  ! X-A\n  X-A: 2\n');
    expect(cloudflareHeadersFor(rules, '/b/c')).toEqual({ 'X-A': ['2'] });
    expect(cloudflareHeadersFor(rules, '/c')).toEqual({ 'X-A': ['1'] });
    expect(headersFor(rules, '/b/c')).toEqual({ 'X-A': '2' });
    expect(() => parseHeadersFile('/*\n  X-A 1\n')).toThrow('Ligne de _headers invalide : «   X-A 1 »');
  });
});

describe('the upload folders in public/_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
  const cloudflareHeaders = (path: string) => cloudflareHeadersFor(rules, path);
  const attachment = '/fichiers/outils/x/notes.docx';
  const image = '/images/fiches/x/photo.png';

  test('are the folders uploads go to', () => {
    expect(Object.keys(uploadFolderHeaders).sort()).toEqual([...uploadFolders].sort());
  });

  test('sandbox what they serve, and attachments are downloaded, on Netlify (the last rule wins)', () => {
    for (const path of [attachment, image]) {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy'], path).toBe(policyToString(uploadPolicy, 'header'));
      expect(headers['Content-Security-Policy']).toMatch(/(^|; )sandbox(;|$)/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(headersFor(rules, attachment)['Content-Disposition']).toBe('attachment');
    // A page shows its images inline: they are not forced to download.
    expect(headersFor(rules, image)['Content-Disposition']).toBeUndefined();
  });

  test('sandbox what they serve on Cloudflare Pages (matching rules joined), where the browser enforces each policy', () => {
    for (const path of [attachment, image]) {
      const policies = cloudflareHeaders(path)['Content-Security-Policy'] ?? [];
      expect(policies).toEqual([policyToString(sitePolicy, 'header'), policyToString(uploadPolicy, 'header')]);
      expect(cloudflareHeaders(path)['X-Content-Type-Options']).toEqual(['nosniff']);
    }
    expect(cloudflareHeaders(attachment)['Content-Disposition']).toEqual(['attachment']);
  });

  test('leave pages unsandboxed, with nosniff and a referrer policy that sends other sites the origin only', () => {
    const page = headersFor(rules, '/pratiques/x/');
    expect(page['Content-Security-Policy']).not.toContain('sandbox');
    expect(page['Content-Disposition']).toBeUndefined();
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
