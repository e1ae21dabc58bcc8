import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Returns the total size in bytes of the files under `dir`. */
export function directorySize(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/**
 * Returns the path of every practice sheet page of a built site (`/pratiques/<slug>/`), read from its open data
 * (`donnees/bibliotheque.json`, group `sheets` of the registry), so listing folders such as `/pratiques/theme/`
 * are never taken for sheets.
 */
export function sheetPaths(distDir) {
  const file = join(distDir, 'donnees', 'bibliotheque.json');
  if (!existsSync(file)) throw new Error(`Données ouvertes introuvables : ${file}. Lancez d’abord « npm run build ».`);
  const { sheets } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(sheets)) throw new Error(`${file} ne contient pas de liste « sheets ».`);
  return sheets.map((sheet) => new URL(sheet.url).pathname);
}
