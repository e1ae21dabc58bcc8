import type { AstroIntegration } from 'astro';
import { forwardToDecapServer } from './dev-proxy';
import { readCmsSettings } from './settings';
import { decapYamlWithoutFolding } from './yaml/vite-plugin';

/** Port of decap-server during `npm run cms` (DECAP_SERVER_PORT, 8081 by default, Decap's own default). */
const decapServerPort = Number(process.env.DECAP_SERVER_PORT ?? 8081);
/** Repository decap-server serves (DECAP_REPO_DIR, this checkout by default): drafts are validated there before « Publier ». */
const decapRepoDir = process.env.DECAP_REPO_DIR ?? process.cwd();

interface BundlerLog {
  code?: string;
  id?: string;
  message: string;
}

/**
 * Drops two warnings about code inside Decap's dependencies, which this project cannot act on:
 * `eval` in js-sha256, gray-matter and @iarna/toml, and React's "use client" directives.
 */
function hideDependencyNoise(level: string, log: BundlerLog, handler: (level: string, log: BundlerLog) => void) {
  const fromDependency = /node_modules/.test(log.id ?? log.message);
  if (fromDependency && (log.code === 'EVAL' || log.code === 'MODULE_LEVEL_DIRECTIVE')) return;
  handler(level, log);
}

/**
 * What Decap CMS at /admin/ needs from the build: Decap's YAML without folding, in the bundle and in the
 * dev server's pre-bundled dependencies, and, in dev, the local API path forwarded to decap-server.
 */
export function cms(): AstroIntegration {
  const { localApiPath } = readCmsSettings();
  return {
    name: 'carrefour-cms',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [decapYamlWithoutFolding()],
            optimizeDeps: { rolldownOptions: { plugins: [decapYamlWithoutFolding()] } },
            // Not the site's changes: decap-server's clone in .cms/ (scripts/cms.mjs) switching branches, and the
            // copies of the site the tests build into .tmp/.
            server: { watch: { ignored: ['**/.cms/**', '**/.tmp/**'] } },
            build: {
              // The CMS bundle (about 5.5 MB, 1.5 MB gzip) is loaded by /admin/ only; site pages have their own budget (tests/build/weight.test.ts).
              chunkSizeWarningLimit: 6000,
              rolldownOptions: { onLog: hideDependencyNoise },
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(forwardToDecapServer(localApiPath, decapServerPort, { repoDir: decapRepoDir }));
      },
    },
  };
}
