import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, fileFor, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-reports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sheetPage = '/pratiques/mentorat-entre-pairs/';
/** Counts the report cards of the page's « Nous l'avons essayé » section. */
const reportCards = (html: string) => (html.slice(html.indexOf('id="essaye-titre"'), html.indexOf('id="qui-d-autre"')).match(/<li class="card"/g) ?? []).length;

describe('a sheet with many experience reports', () => {
  test('keeps its page the same size: three reports shown, the others on pages of their own', () => {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const model = readFileSync(join(content, 'recits', 'mentorat-amos-milieu-rural.mdx'), 'utf8');
    const organizations = readdirSync(join(content, 'organismes')).map((name) => name.replace(/\.yml$/, ''));
    const added = 60;
    for (let i = 0; i < added; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      writeFileSync(
        join(content, 'recits', `essai-${i}.mdx`),
        model
          .replace(/^title: .*$/m, `title: Essai numéro ${i} du mentorat entre pairs`)
          .replace(/^organization: .*$/m, `organization: ${organizations[i % organizations.length]}`)
          .replace(/^published: .*$/m, `published: 2024-${month}-${day}`),
      );
    }
    const outDir = join(work, 'dist');
    const result = buildSite(outDir, content, join(work, 'cache'));
    expect(result.status, result.output).toBe(0);

    const shipped = readFileSync(fileFor(sheetPage)!, 'utf8');
    const crowded = readFileSync(fileFor(sheetPage, outDir)!, 'utf8');
    expect(reportCards(shipped)).toBe(3);
    expect(reportCards(crowded)).toBe(3);
    expect(crowded).toContain(`Les ${added + 4} récits sur cette fiche`);
    // The 60 reports weigh far more than this margin; what grows is « Qui d'autre le pratique », bounded by the network's organizations.
    expect(statSync(fileFor(sheetPage, outDir)!).size - Buffer.byteLength(shipped)).toBeLessThan(3_000);
    expect(existsSync(join(outDir, 'experiences', 'pratiques', 'mentorat-entre-pairs', 'page', '3', 'index.html'))).toBe(true);
  });
});
