import { readCmsSettings } from './settings';
import { decapYamlWithoutFolding } from './yaml/vite-plugin';

/** Port of decap-server during `npm run cms` (DECAP_SERVER_PORT, 8081 by default, Decap's own default). */
export const decapServerPort = Number(process.env.DECAP_SERVER_PORT ?? 8081);

/**
 * Returns the Vite settings the CMS needs: Decap's YAML without folding, in the build and in the dev
 * server's pre-bundled dependencies, and, in dev, the local API path forwarded to decap-server so the
 * CMS talks to its own origin.
 */
export function cmsViteConfig() {
  const { localApiPath } = readCmsSettings();
  return {
    plugins: [decapYamlWithoutFolding()],
    optimizeDeps: { rolldownOptions: { plugins: [decapYamlWithoutFolding()] } },
    server: { proxy: { [localApiPath]: { target: `http://127.0.0.1:${decapServerPort}`, changeOrigin: true } } },
    build: {
      // The CMS bundle (about 5.5 MB, 1.5 MB gzip) is loaded by /admin/ only; site pages have their own budget (tests/build/weight.test.ts).
      chunkSizeWarningLimit: 6000,
      rolldownOptions: { onLog: hideDependencyNoise },
    },
  };
}

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
