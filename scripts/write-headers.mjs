// Writes public/_headers from the policies in src/lib/csp.ts (Node loads that TypeScript file as is).
// Usage: npm run headers
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../src/lib/csp.ts';

const target = join(import.meta.dirname, '..', 'public', '_headers');
writeFileSync(target, headersFile());
console.log(`En-têtes écrits dans ${target}`);
