import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { reviewChecklist } from '../../src/lib/review/checklist';
import { contentCollections } from '../../src/schema/registry';
import type { Field } from '../../src/schema/fields';

const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  test('gives reviewers the checklist of the review report', () => {
    for (const item of reviewChecklist) expect(guide).toContain(`- [ ] ${item}`);
  });

  test('gives the evidence scale with its public definitions', () => {
    const { evidence } = parse(readFileSync(join(root, 'content', 'taxonomies', 'evidence.yml'), 'utf8')) as { evidence: { rank: number; label: string; definition: string }[] };
    for (const level of evidence) expect(guide).toContain(`${level.rank}. **${level.label}** — ${level.definition}`);
  });

  test('describes the form at /admin/ as working, and names the upload folder of every file field of the schema', () => {
    expect(guide).toContain('/admin/');
    expect(guide).not.toMatch(/en préparation/);
    const folders = (fields: readonly Field[]): string[] => fields.flatMap((field) => ('folder' in field ? [field.folder] : 'fields' in field ? folders(field.fields) : []));
    const uploadFolders = new Set(contentCollections.flatMap((collection) => folders(collection.fields)));
    expect(uploadFolders.size).toBeGreaterThan(0);
    for (const folder of uploadFolders) expect(guide).toMatch(new RegExp(`\`public${folder}/<[^>]+>/\``));
  });
});
