import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../build/site';

/** A port nobody listens on at 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('pas de port libre'))));
    });
  });
}

/**
 * Serves `dir` with Cloudflare's own local server (`wrangler pages dev`, the version preview-deploy.yml deploys
 * with), which applies `_headers` as Cloudflare Pages does. Offline and without an account: run from an empty
 * folder (no wrangler.toml, no functions/), its state, logs and settings kept there; no metrics, error reports,
 * update check (it comes with the banner) nor download of Cloudflare's sample request data (`Request.cf`).
 */
export async function servePagesDev(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  // A port found free can be taken by another test's server before workerd binds it: try again with new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPagesDev(dir);
    } catch (error) {
      if (attempt === 3 || !(error instanceof Error) || !error.message.includes('Address already in use')) throw error;
    }
  }
}

async function startPagesDev(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const work = mkdtempSync(join(tmpdir(), 'carrefour-wrangler-'));
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const output: string[] = [];
  const wrangler: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'), 'pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port)]
      .concat(['--inspector-port', String(inspectorPort), '--compatibility-date', '2026-11-23', '--persist-to', join(work, 'state')])
      .concat(['--show-interactive-dev-session=false', '--log-level', 'warn']),
    {
      cwd: work,
      env: {
        ...process.env,
        HOME: work,
        XDG_CONFIG_HOME: join(work, 'config'),
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_SEND_ERROR_REPORTS: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        CI: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  wrangler.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  wrangler.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => wrangler.once('exit', () => resolve()));
  const close = async () => {
    if (wrangler.exitCode === null) wrangler.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (wrangler.exitCode === null) wrangler.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && wrangler.exitCode === null) {
    const answered = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, close };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await close();
  throw new Error(`wrangler pages dev n’a pas démarré (${dir}, port ${port}) : vérifiez « npm ci » (wrangler et workerd). Sortie :\n${output.join('')}`);
}
