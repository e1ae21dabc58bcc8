import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isRecord } from '../src/lib/records';
import type { TaxonomyName } from '../src/schema/fields';
import { taxonomies, taxonomyNames, type TaxonomySpec } from '../src/schema/registry';
import type { TaxonomyOptions } from './config/fields';
import type { CmsOption } from './config/types';

/** How a taxonomy value reads in a select: its label, with its official code when it has one (« Estrie (05) »). */
function optionLabel(spec: TaxonomySpec, row: Readonly<Record<string, unknown>>): string {
  const label = String(row[spec.labelField]);
  return spec.codeField ? `${label} (${String(row[spec.codeField])})` : label;
}

/** Returns the select options of every taxonomy, read from `<contentDir>/taxonomies/<name>.yml`, in file order. */
export function readTaxonomyOptions(contentDir: string): TaxonomyOptions {
  const read = (name: TaxonomyName): CmsOption[] => {
    const file: unknown = parse(readFileSync(join(contentDir, 'taxonomies', `${name}.yml`), 'utf8'));
    const rows: unknown = isRecord(file) ? file[name] : undefined;
    return (Array.isArray(rows) ? rows.filter(isRecord) : []).map((row) => ({ label: optionLabel(taxonomies[name], row), value: String(row.id) }));
  };
  return Object.fromEntries(taxonomyNames.map((name) => [name, read(name)])) as TaxonomyOptions;
}
