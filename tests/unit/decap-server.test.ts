import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';

const root = join(import.meta.dirname, '..', '..');
const repo = mkdtempSync(join(tmpdir(), 'carrefour-decap-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** Resolves with 'ouvert' when a TCP connection to `host`:`port` opens, else with the error's code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('ouvert');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('délai');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

test('decap-server, which commits to the repository, listens on this computer’s loopback only', async () => {
  execFileSync('git', ['init', '--quiet', repo]);
  execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@exemple.org', 'commit', '--quiet', '--allow-empty', '-m', 'Départ']);
  // Other addresses of this machine: another loopback one (Linux answers on all of 127/8) and the network's,
  // through which a neighbour would reach a server listening on every interface.
  const others = [
    '127.0.0.2',
    ...Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address),
  ];
  const decap = await startDecapServer({ root, repoDir: repo });
  try {
    expect(await tryConnect('127.0.0.1', decap.port)).toBe('ouvert');
    for (const address of others) expect(await tryConnect(address, decap.port), address).toBe('ECONNREFUSED');
  } finally {
    await decap.close();
  }
});
