// `npm run cms`: the site's dev server and Decap's local proxy server together, so the whole editorial
// workflow runs on this computer, offline. decap-server works in a clone of its own, `.cms/depot/`
// (CMS_WORKSPACE to move it): it checks out a branch per draft there, so the dev server, which reads
// this working copy, never sees those checkouts. Each publication is brought back here (see README.md).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startDecapServer } from './lib/decap-server.mjs';
import { bringBackPublications, prepareWorkspace } from './lib/cms-workspace.mjs';

const root = join(import.meta.dirname, '..');
const port = Number(process.env.DECAP_SERVER_PORT ?? 8081);
const branch = process.env.CMS_BRANCH?.trim() || 'main';
const workspace = resolve(root, process.env.CMS_WORKSPACE ?? join('.cms', 'depot'));

console.log(prepareWorkspace({ root, dir: workspace, branch }));
const decap = await startDecapServer({ root, repoDir: workspace, port, stdio: 'inherit' });
console.log(`decap-server (mode git) écoute sur ${decap.url} et enregistre dans ${workspace} ; le CMS est à l’adresse /admin/ du serveur de développement.`);

// Publications land on the workspace's branch; bring them back every two seconds.
let reported;
const sync = setInterval(() => {
  try {
    const news = bringBackPublications({ root, dir: workspace, branch });
    if (news && news !== reported) console.log(news);
    reported = news;
  } catch (error) {
    console.error(`report d’une publication impossible : ${error.message}`);
  }
}, 2000);

// Extra arguments go to `astro dev` (`npm run cms -- --port 4400`).
const astro = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // DECAP_REPO_DIR: the forwarder validates a draft in the workspace before « Publier » reaches decap-server.
  env: { ...process.env, ASTRO_DEV_BACKGROUND: '0', DECAP_SERVER_PORT: String(decap.port), DECAP_REPO_DIR: workspace },
});

let stopping = false;
/** Stops both servers, then exits with `code`. */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  clearInterval(sync);
  if (astro.exitCode === null) astro.kill('SIGTERM');
  await decap.close();
  process.exit(code);
}
astro.on('exit', (code) => void stop(code ?? 0));
decap.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`decap-server s’est arrêté (code ${code}) ; arrêt du serveur de développement.`);
  void stop(1);
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
