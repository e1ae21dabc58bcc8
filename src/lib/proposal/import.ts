import type { CollectionSpec } from '../../schema/fields';
import { stringify } from 'yaml';
import { splitContentFile } from '../front-matter';

/** How a received proposal opens in the committee's CMS: the new-entry address, and the fields the address cannot carry. */
export interface CmsImport {
  href: string;
  /** Object fields (an event's place), which Decap does not fill from the address: label and YAML to copy by hand. */
  byHand: { label: string; value: string }[];
}

/**
 * Returns the address of the committee CMS's new-entry form filled in with a proposal: Decap fills a new
 * entry's top-level fields from the address's query (a list as values joined by commas), the body included.
 */
export function cmsImport(adminPath: string, spec: CollectionSpec, text: string, file: string): CmsImport {
  const split = splitContentFile(text, file, spec.extension);
  const query = new URLSearchParams();
  const byHand: CmsImport['byHand'] = [];
  for (const field of spec.fields) {
    const value = split.data[field.name];
    if (value === undefined) continue;
    if (Array.isArray(value)) query.set(field.name, value.map(String).join(','));
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') query.set(field.name, String(value));
    else if (value !== null && typeof value === 'object') byHand.push({ label: field.label, value: stringify(value).trimEnd() });
  }
  if (split.body?.trim()) query.set('body', split.body.trim());
  return { href: `${adminPath}#/collections/${spec.name}/new?${query.toString()}`, byHand };
}
