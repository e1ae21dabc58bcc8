import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TaxonomyName } from '../src/schema/fields';
import type { TaxonomyOptions } from './config/fields';
import type { CmsOption } from './config/types';

type Row = Record<string, unknown>;

/** How a taxonomy value reads in a select; regions show their official code. */
const optionLabel: Record<TaxonomyName, (row: Row) => string> = {
  themes: (row) => String(row.label),
  audiences: (row) => String(row.label),
  evidence: (row) => String(row.label),
  regions: (row) => `${String(row.name)} (${String(row.code)})`,
};

/** Returns the select options of every taxonomy, read from `<contentDir>/taxonomies/<name>.yml`, in file order. */
export function readTaxonomyOptions(contentDir: string): TaxonomyOptions {
  const read = (name: TaxonomyName): CmsOption[] => {
    const rows = (parse(readFileSync(join(contentDir, 'taxonomies', `${name}.yml`), 'utf8')) as Record<string, Row[]>)[name] ?? [];
    return rows.map((row) => ({ label: optionLabel[name](row), value: String(row.id) }));
  };
  return { themes: read('themes'), audiences: read('audiences'), evidence: read('evidence'), regions: read('regions') };
}
