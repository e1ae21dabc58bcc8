// Module hooks that let plain Node load Decap CMS's own ES modules (dist/esm) unmodified.
// Decap publishes them for bundlers: imports without file extensions, bare `decap-cms-*` imports whose
// package `main` is a browser bundle, and named imports from CommonJS packages Node cannot analyse.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const decapEsm = /[\\/]decap-cms-[a-z-]+[\\/]dist[\\/]esm[\\/]/;
/** Query marking a CommonJS module imported by Decap, served through an ES module facade. */
const FACADE = '?decap-cjs-facade';

/** Returns the URL of a `decap-cms-*` package's ES module entry (its `module` field). */
function decapModuleEntry(name, parentURL) {
  const manifestPath = createRequire(parentURL ?? import.meta.url).resolve(`${name}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return manifest.module ? pathToFileURL(join(dirname(manifestPath), manifest.module)).href : undefined;
}

/** Resolves like Node, then retries extensionless and directory imports (`./yaml`, `lodash/get`) the way bundlers do. */
function resolveLikeABundler(specifier, context, nextResolve) {
  try {
    return nextResolve(specifier, context);
  } catch (error) {
    if (!['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error.code)) throw error;
    for (const suffix of ['.js', '/index.js', '.ts']) {
      try {
        return nextResolve(specifier + suffix, context);
      } catch {
        // try the next suffix
      }
    }
    throw error;
  }
}

/** @type {import('node:module').ResolveHookSync} */
export function resolve(specifier, context, nextResolve) {
  if (/^decap-cms-[a-z-]+$/.test(specifier)) {
    const url = decapModuleEntry(specifier, context.parentURL);
    if (url) return { url, format: 'module', shortCircuit: true };
  }
  const resolved = resolveLikeABundler(specifier, context, nextResolve);
  const fromDecap = context.parentURL && decapEsm.test(context.parentURL);
  if (fromDecap && resolved.url.startsWith('file:') && !decapEsm.test(resolved.url) && context.conditions?.includes('import')) {
    return { ...resolved, url: resolved.url + FACADE, shortCircuit: true };
  }
  return resolved;
}

/** Returns an ES module exporting every property of a CommonJS module by name, and the module as default. */
function facadeSource(file) {
  const names = Object.keys(require(file)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return [
    `import { createRequire } from 'node:module';`,
    `const m = createRequire(import.meta.url)(${JSON.stringify(file)});`,
    'export default m;',
    // `export { x as name }` also accepts reserved words (`instanceof`), unlike `export const`.
    ...names.map((name, i) => `const e${i} = m[${JSON.stringify(name)}];\nexport { e${i} as ${name} };`),
  ].join('\n');
}

/** @type {import('node:module').LoadHookSync} */
export function load(url, context, nextLoad) {
  if (!url.endsWith(FACADE)) return nextLoad(url, context);
  const realUrl = url.slice(0, -FACADE.length);
  const loaded = nextLoad(realUrl, context);
  if (loaded.format === 'module' || loaded.format === 'json' || loaded.format === 'builtin') return loaded;
  return { format: 'module', source: facadeSource(fileURLToPath(realUrl)), shortCircuit: true };
}
