// The CMS bundle's own Vite configuration, run in a child process by cms/bundle.ts: Rolldown's memory
// (about 550 MB for Decap) goes back to the system when it exits instead of staying in Astro's process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { siteUrlStylesheet } from '../src/integrations/site-url-css';
import { decapYamlWithoutFolding } from './yaml/vite-plugin';

/** What cms/bundle.ts reads back once the bundle is written (`bundle.json` beside its files). */
export interface BundleInfo {
  entry: string;
  files: string[];
  moduleIds: string[];
}

type OnLog = NonNullable<NonNullable<NonNullable<InlineConfig['build']>['rolldownOptions']>['onLog']>;

/**
 * Drops two warnings about code inside Decap's dependencies, which this project cannot act on:
 * `eval` in js-sha256, gray-matter and @iarna/toml, and React's "use client" directives.
 */
const hideDependencyNoise: OnLog = (level, log, handler) => {
  const fromDependency = /node_modules/.test(log.id ?? log.message);
  if (fromDependency && (log.code === 'EVAL' || log.code === 'MODULE_LEVEL_DIRECTIVE')) return;
  handler(level, log);
};

/** Writes `bundle.json`: the entry script, every file written, and the modules the bundle read. */
function bundleInfo(outDir: string): Plugin {
  return {
    name: 'carrefour-cms-bundle-info',
    writeBundle(_options, bundle) {
      const files = Object.values(bundle);
      const entry = files.find((file) => file.type === 'chunk' && file.isEntry);
      const info: BundleInfo = {
        entry: entry?.fileName ?? '',
        files: files.map((file) => file.fileName),
        moduleIds: files.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])),
      };
      writeFileSync(join(outDir, 'bundle.json'), JSON.stringify(info));
    },
  };
}

const root = join(import.meta.dirname, '..');
const outDir = process.env.CARREFOUR_CMS_OUT ?? join(root, 'node_modules', '.astro', 'cms-bundle');

export default defineConfig({
  root,
  mode: 'production',
  logLevel: 'warn',
  publicDir: false,
  plugins: [decapYamlWithoutFolding(), siteUrlStylesheet(process.env.CARREFOUR_SITE_URL ?? ''), bundleInfo(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    copyPublicDir: false,
    assetsInlineLimit: 0,
    // About 5.5 MB (1.5 MB gzip), loaded by /admin/ only; site pages have their own budget (tests/build/weight.test.ts).
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: join(root, 'cms', 'main.ts'),
      onLog: hideDependencyNoise,
      output: { entryFileNames: '_astro/cms.[hash].js', chunkFileNames: '_astro/[name].[hash].js', assetFileNames: '_astro/[name].[hash][extname]' },
    },
  },
});
