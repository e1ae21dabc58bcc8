import type { CollectionSpec } from '../../schema/fields';
import { stringify } from 'yaml';
import { splitContentFile } from '../front-matter';

/** How a received proposal opens in the committee's CMS: the new-entry address, and the fields the address cannot carry. */
export interface CmsImport {
  href: string;
  /** Values the address cannot carry (a list of objects): label and YAML to copy by hand. */
  byHand: { label: string; value: string }[];
}

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The address's query entries for `value` under `key`: Decap sets each key as the default of the field it
 * names, a dotted key naming a field inside an object (`place.city`), a list as its values joined by commas.
 * Returns undefined for a value the address cannot carry.
 */
function queryEntries(key: string, value: unknown): [string, string][] | undefined {
  if (isScalar(value)) return [[key, String(value)]];
  if (Array.isArray(value)) return value.every(isScalar) ? [[key, value.map(String).join(',')]] : undefined;
  if (!isRecord(value)) return undefined;
  const entries: [string, string][] = [];
  for (const [name, inner] of Object.entries(value)) {
    if (inner === undefined || inner === null) continue;
    const nested = queryEntries(`${key}.${name}`, inner);
    if (!nested) return undefined;
    entries.push(...nested);
  }
  return entries;
}

/**
 * Returns the address of the committee CMS's new-entry form filled in with a proposal: Decap fills a new
 * entry's fields from the address's query (fields inside an object by their dotted path), the body included.
 */
export function cmsImport(adminPath: string, spec: CollectionSpec, text: string, file: string): CmsImport {
  const split = splitContentFile(text, file, spec.extension);
  const query = new URLSearchParams();
  const byHand: CmsImport['byHand'] = [];
  for (const field of spec.fields) {
    const value = split.data[field.name];
    if (value === undefined || value === null) continue;
    const entries = queryEntries(field.name, value);
    if (entries) for (const [key, shown] of entries) query.set(key, shown);
    else byHand.push({ label: field.label, value: stringify(value).trimEnd() });
  }
  if (split.body?.trim()) query.set('body', split.body.trim());
  return { href: `${adminPath}#/collections/${spec.name}/new?${query.toString()}`, byHand };
}
