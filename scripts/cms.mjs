// `npm run cms`: the site's dev server and Decap's local proxy server together, so the whole editorial
// workflow runs on this computer, offline. Every save in the CMS becomes a commit IN THIS REPOSITORY
// (on a cms/… branch for drafts, on the main branch when published): see README.md.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startDecapServer } from './lib/decap-server.mjs';

const root = join(import.meta.dirname, '..');
const port = Number(process.env.DECAP_SERVER_PORT ?? 8081);

const decap = await startDecapServer({ root, repoDir: root, port, stdio: 'inherit' });
console.log(`decap-server (mode git) écoute sur ${decap.url} ; le CMS est à l’adresse /admin/ du serveur de développement.`);
// Extra arguments go to `astro dev` (`npm run cms -- --port 4400`).
const astro = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_DEV_BACKGROUND: '0', DECAP_SERVER_PORT: String(decap.port) },
});

let stopping = false;
/** Stops both servers, then exits with `code`. */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (astro.exitCode === null) astro.kill('SIGTERM');
  await decap.close();
  process.exit(code);
}
astro.on('exit', (code) => stop(code ?? 0));
decap.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`decap-server s’est arrêté (code ${code}) ; arrêt du serveur de développement.`);
  void stop(1);
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
