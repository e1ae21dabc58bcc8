import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Returns the total size in bytes of the files under `dir`. */
export function directorySize(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}
