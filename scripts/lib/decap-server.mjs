// Starts Decap's local proxy server (decap-server) in Git mode on a repository, bound to 127.0.0.1.
// Used by `npm run cms` and by the CMS end-to-end test.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * Returns a TCP port that is free on 127.0.0.1 right now.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers Decap's `info` action, polling every 100 ms for at most `timeoutMs`. */
async function waitForApi(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server s’est arrêté (code ${child.exitCode}).`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server ne répond pas sur ${url} après ${timeoutMs} ms.`);
}

/**
 * Starts decap-server with MODE=git on `repoDir` and waits until its API answers.
 * Careful: in Git mode it checks out branches and commits everything (`git add .`) in that repository.
 * @param {{ root: string, repoDir: string, port?: number, stdio?: 'inherit' | 'ignore' | 'pipe', timeoutMs?: number }} options
 * @returns {Promise<{ url: string, port: number, process: import('node:child_process').ChildProcess, close(): Promise<void> }>}
 */
export async function startDecapServer({ root, repoDir, port, stdio = 'ignore', timeoutMs = 20_000 }) {
  const chosenPort = port ?? (await freePort());
  const child = spawn(process.execPath, [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    cwd: repoDir,
    stdio,
    env: { ...process.env, MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(chosenPort), GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  const url = `http://127.0.0.1:${chosenPort}/api/v1`;
  const close = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      child.once('exit', () => resolve(undefined));
      child.kill('SIGTERM');
    });
  try {
    await waitForApi(url, child, timeoutMs);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, port: chosenPort, process: child, close };
}
