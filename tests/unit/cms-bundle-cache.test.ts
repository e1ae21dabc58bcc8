import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { canReuseBundle, inputsDigest, projectInputs, type BundleRecord } from '../../cms/bundle-cache';

let root = '';
const filesDir = () => join(root, 'cache');
const fixed = ['package-lock.json'];
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

/** A bundle built from two modules, with its one output file in the cache. */
function builtRecord(): BundleRecord {
  const inputs = ['cms/main.ts', 'src/lib/text.ts'];
  write('cache/_astro/cms.abc.js', 'bundle');
  return { digest: inputsDigest(root, [...fixed, ...inputs], 'https://example.org')!, inputs, entry: '/_astro/cms.abc.js', files: ['_astro/cms.abc.js'] };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cms-bundle-'));
  write('package-lock.json', '{"lockfileVersion":3}');
  write('cms/main.ts', 'import "./x";');
  write('src/lib/text.ts', 'export const a = 1;');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('projectInputs', () => {
  test('keeps the project’s own files, relative and sorted, without query, dependency or virtual module', () => {
    const ids = [
      join(root, 'src/styles/global.css?inline'),
      join(root, 'cms/main.ts'),
      join(root, 'node_modules/decap-cms-app/dist/esm/index.js'),
      '\0virtual:carrefour/site-url.css',
      '/elsewhere/outside.ts',
      join(root, 'cms/main.ts'),
    ];
    expect(projectInputs(ids, root)).toEqual(['cms/main.ts', 'src/styles/global.css']);
  });
});

describe('canReuseBundle', () => {
  test('reuses the bundle when its inputs and the lock file are unchanged and its files are kept', () => {
    expect(canReuseBundle(builtRecord(), root, fixed, 'https://example.org', filesDir())).toBe(true);
  });

  test('bundles again without a record, after a module, the lock file or the site’s address changed', () => {
    expect(canReuseBundle(undefined, root, fixed, 'https://example.org', filesDir())).toBe(false);
    const record = builtRecord();
    expect(canReuseBundle(record, root, fixed, 'https://other.example', filesDir())).toBe(false);
    write('src/lib/text.ts', 'export const a = 2;');
    expect(canReuseBundle(record, root, fixed, 'https://example.org', filesDir())).toBe(false);
    const again = builtRecord();
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}');
    expect(canReuseBundle(again, root, fixed, 'https://example.org', filesDir())).toBe(false);
  });

  test('bundles again when a module it read is gone or a file it wrote is missing from the cache', () => {
    const record = builtRecord();
    rmSync(join(root, 'src/lib/text.ts'));
    expect(canReuseBundle(record, root, fixed, 'https://example.org', filesDir())).toBe(false);
    write('src/lib/text.ts', 'export const a = 1;');
    expect(canReuseBundle(record, root, fixed, 'https://example.org', filesDir())).toBe(true);
    rmSync(join(filesDir(), '_astro/cms.abc.js'));
    expect(canReuseBundle(record, root, fixed, 'https://example.org', filesDir())).toBe(false);
  });
});
