import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Id under which the stand-in module imports the real yaml 1.x. */
const originalId = 'decap-original-yaml';
const standIn = fileURLToPath(new URL('./decap-yaml.ts', import.meta.url));
/** A module of decap-cms-core that imports `yaml`: bare `yaml` resolves from here to Decap's own copy (1.x). */
const decapImporter = createRequire(createRequire(import.meta.url).resolve('decap-cms-app/package.json')).resolve('decap-cms-core/dist/esm/formats/yaml.js');
const isDecapCore = (importer: string | undefined) => !!importer && /[\\/]decap-cms-core[\\/]/.test(importer);

/** The Rollup/Rolldown hook shared by the build and the dev dependency optimizer. */
interface ResolveContext {
  resolve(source: string, importer?: string, options?: { skipSelf?: boolean }): Promise<{ id: string } | null>;
}

/**
 * A Vite plugin (also usable in `optimizeDeps.rolldownOptions.plugins`) that hands decap-cms-core
 * `cms/yaml/decap-yaml.ts` when it imports `yaml`, so the CMS writes long strings on one line.
 * The bundle and the dev server both go through it; Decap's code is not modified.
 */
export function decapYamlWithoutFolding() {
  return {
    name: 'carrefour-decap-yaml-without-folding',
    // Before Vite's own resolver, which would otherwise resolve `yaml` first.
    enforce: 'pre' as const,
    async resolveId(this: ResolveContext, source: string, importer: string | undefined) {
      if (source === 'yaml' && isDecapCore(importer)) return standIn;
      if (source === originalId) return this.resolve('yaml', decapImporter, { skipSelf: true });
      return null;
    },
  };
}
