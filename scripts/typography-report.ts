/**
 * Counts, in the text of every page of a built site, the signs « : ; ! ? » % $ that follow a breakable
 * space (and the « followed by one): what src/lib/typography.ts turns into non-breaking spaces.
 * Usage: npx tsx scripts/typography-report.ts [dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { looseSignsInHtml } from '../src/lib/typography';

const dir = process.argv[2] ?? 'dist';
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const counts = new Map<string, number>();
let pagesWithSome = 0;
for (const page of pages) {
  const signs = looseSignsInHtml(readFileSync(join(dir, page), 'utf8'));
  if (signs.length > 0) pagesWithSome++;
  for (const sign of signs) counts.set(sign, (counts.get(sign) ?? 0) + 1);
}
const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
console.log(`${pages.length} pages, ${pagesWithSome} avec des espaces sécables fautives, ${total} au total`);
for (const [sign, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  « ${sign} » : ${count}`);
