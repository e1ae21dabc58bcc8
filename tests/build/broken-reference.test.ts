import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a library with a misspelled reference', () => {
  test('fails the build with a French message naming the file, the field and the value', () => {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const file = join(content, 'fiches', 'mentorat-entre-pairs.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^organization: trajectoire-jeunesse-saguenay$/m);
    writeFileSync(file, text.replace(/^organization: .*$/m, 'organization: trajectoire-jeunesse-saguenai'));

    const outDir = join(work, 'dist');
    const result = buildSite(outDir, content, join(work, 'cache'));

    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'fiches/mentorat-entre-pairs.mdx — champ « Organisme » (organization) : valeur inconnue « trajectoire-jeunesse-saguenai », qui devrait désigner un organisme (content/organismes/). Correction : Vouliez-vous dire « trajectoire-jeunesse-saguenay » ?',
    );
    expect(existsSync(join(outDir, 'pratiques', 'mentorat-entre-pairs', 'index.html'))).toBe(false);
  });
});
