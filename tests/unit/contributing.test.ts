import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { reviewChecklist } from '../../src/lib/review/checklist';

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
});
