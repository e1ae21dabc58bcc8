import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig } from '../../cms/config/index';
import { readCmsSettings } from '../../cms/settings';
import { readTaxonomyOptions } from '../../cms/taxonomy-options';
import { saveUnchanged } from '../decap/save-unchanged';
import { splitFrontMatter } from '../../src/lib/front-matter';

const root = join(import.meta.dirname, '..', '..');
const collections = buildCmsConfig(readCmsSettings({}), readTaxonomyOptions(join(root, 'content'))).collections;
/** Content files the CMS does not edit: the entries' history from before the library, kept by the committee by hand. */
const outsideCms = new Set(['content/historique.yml']);
/** Every shipped content file the CMS edits, as a repository path. */
const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(mdx|yml)$/.test(entry.name))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  .filter((path) => !outsideCms.has(path))
  .sort();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const dataOf = (path: string, text: string) => (path.endsWith('.yml') ? parse(text) : splitFrontMatter(text, path).data) as unknown;

describe('a content file opened and saved unchanged in Decap CMS', () => {
  const saved = saveUnchanged({ root, collections, files });

  test('covers every content type and taxonomy', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const folder of ['fiches', 'outils', 'modeles', 'organismes', 'appels', 'pages', 'taxonomies'])
      expect(files.some((path) => path.startsWith(`content/${folder}/`))).toBe(true);
  });

  test.each(files)('%s stays byte-identical', (path) => {
    expect(saved.find((file) => file.path === path)?.output).toBe(read(path));
  });
});

describe('Decap CMS without our YAML setting', () => {
  test('folds long strings at 80 columns, which would rewrite most files without changing their data', () => {
    const saved = saveUnchanged({ root, collections, files, keepFolding: true });
    const changed = saved.filter((file) => file.output !== read(file.path));
    expect(changed.length).toBeGreaterThan(files.length / 2);
    for (const file of changed) expect(dataOf(file.path, file.output)).toEqual(dataOf(file.path, read(file.path)));
  });
});
