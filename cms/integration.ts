import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { site } from '../src/config';
import { previewBase } from '../src/integrations/preview';
import { cmsBundle, copyBundle, type CmsBundle } from './bundle';
import { forwardToDecapServer } from './dev-proxy';
import { readCmsSettings } from './settings';
import { decapYamlWithoutFolding } from './yaml/vite-plugin';

/** Port of decap-server during `npm run cms` (DECAP_SERVER_PORT, 8081 by default, Decap's own default). */
const decapServerPort = Number(process.env.DECAP_SERVER_PORT ?? 8081);
/** Repository decap-server serves (DECAP_REPO_DIR, this checkout by default): drafts are validated there before « Publier ». */
const decapRepoDir = process.env.DECAP_REPO_DIR ?? process.cwd();

/** Where the CMS bundle is kept between builds (CARREFOUR_CMS_BUNDLE_DIR; the build's cache folder by default): the tests share one. */
const cmsBundleDir = process.env.CARREFOUR_CMS_BUNDLE_DIR;

/** The module that gives the CMS page the address of its script; `src/env.d.ts` declares it for TypeScript. */
const cmsScriptId = 'virtual:carrefour/cms-script';
const resolvedCmsScriptId = `\0${cmsScriptId}`;

/** Provides the script's address: the dev server serves `cms/main.ts` itself, a build waits for the bundle. */
function cmsScript(bundled: () => Promise<CmsBundle> | undefined): Plugin {
  return {
    name: 'carrefour-cms-script',
    resolveId: (id) => (id === cmsScriptId ? resolvedCmsScriptId : undefined),
    load: async (id) => {
      if (id !== resolvedCmsScriptId) return undefined;
      const ready = bundled();
      return `export default ${JSON.stringify(ready ? (await ready).entry : '/cms/main.ts')};`;
    },
  };
}

/**
 * What Decap CMS at /admin/ needs: in a build, its bundle, made apart from the site's scripts and reused
 * while nothing it is made from changes (cms/bundle.ts); Decap's YAML without folding, in that bundle and in
 * the dev server's pre-bundled dependencies; in dev, the local API path forwarded to decap-server.
 */
export function cms(): AstroIntegration {
  const { localApiPath } = readCmsSettings();
  let building = false;
  let ready: Promise<CmsBundle> | undefined;
  return {
    name: 'carrefour-cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        updateConfig({
          vite: {
            plugins: [decapYamlWithoutFolding(), cmsScript(() => ready)],
            // The page loads cms/main.ts by address (no processed script): named here, its dependencies are
            // pre-bundled when the dev server starts rather than discovered later, which would reload the page.
            // Decap's own modules that cms/backup/ patches split its pre-bundle into shared chunks, where
            // @iarna/toml's `global.Date` runs at load: `global` is the browser's globalThis, as in the build.
            optimizeDeps: {
              entries: ['cms/main.ts'],
              rolldownOptions: { plugins: [decapYamlWithoutFolding()], transform: { define: { global: 'globalThis' } } },
            },
            // Not the site's changes: decap-server's clone in .cms/ (scripts/cms.mjs) switching branches, and the
            // copies of the site the tests build into .tmp/.
            server: { watch: { ignored: ['**/.cms/**', '**/.tmp/**'] } },
          },
        });
      },
      // Started before the content is loaded, so bundling runs beside it; the CMS page waits for it.
      // A proposal's preview builds no /admin/ page: no bundle.
      'astro:config:done': ({ config, logger }) => {
        if (!building || previewBase()) return;
        ready = cmsBundle(fileURLToPath(config.root), cmsBundleDir ?? fileURLToPath(config.cacheDir), site.url, logger);
        // A failure is reported where the bundle is awaited (the CMS page, then the copy), not as an unhandled rejection.
        ready.catch(() => undefined);
      },
      // Before keepOutput looks for leftovers: the bundle's files count as written by this build.
      'astro:build:generated': async ({ dir }) => {
        if (ready) await copyBundle(await ready, dir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(forwardToDecapServer(localApiPath, decapServerPort, { repoDir: decapRepoDir }));
      },
    },
  };
}
