import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { logSuiteWork } from '../scripts/lib/suite-log.mjs';
import { readRecord } from '../src/integrations/build-files';
import { canReuseBundle, inputsDigest, projectInputs, type BundleRecord } from './bundle-cache';
import type { BundleInfo } from './vite.config';

/** What the bundle depends on besides the modules it reads: the dependencies' versions and this builder's code. */
const fixedInputs = ['package-lock.json', 'cms/bundle.ts', 'cms/vite.config.ts', 'cms/yaml/vite-plugin.ts', 'src/integrations/site-url-css.ts'];

/**
 * Bundles the CMS for the browser (production) into `outDir`, in a child process (cms/vite.config.ts):
 * Decap, React and this project's widgets. Returns what the bundle wrote and read.
 */
async function bundle(root: string, siteUrl: string, outDir: string): Promise<BundleInfo> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--config', join(root, 'cms', 'vite.config.ts')], {
    cwd: root,
    env: { ...process.env, CARREFOUR_CMS_OUT: outDir, CARREFOUR_SITE_URL: siteUrl },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`Espace de contribution : le paquet de cms/main.ts n’a pas pu être construit (code ${code}).\n${output.slice(-4000)}`);
  return JSON.parse(await readFile(join(outDir, 'bundle.json'), 'utf8')) as BundleInfo;
}

/** The files of the last bundle, kept between builds in the cache folder. */
export interface CmsBundle {
  entry: string;
  files: string[];
  filesDir: string;
}

/**
 * Returns the CMS bundle kept in `cacheDir` when nothing it was built from has changed (its modules, the
 * lock file, this builder, the site's address); otherwise bundles again and keeps the new one there.
 * Bundling Decap takes most of a build's bundling time: a content change never needs it again.
 */
export async function cmsBundle(root: string, cacheDir: string, siteUrl: string, logger: AstroIntegrationLogger): Promise<CmsBundle> {
  const started = performance.now();
  const recordFile = join(cacheDir, 'cms-bundle.json');
  const filesDir = join(cacheDir, 'cms-bundle');
  const record = readRecord<BundleRecord>(recordFile);
  if (record && canReuseBundle(record, root, fixedInputs, siteUrl, filesDir)) {
    logger.info(`espace de contribution repris : ses ${record.inputs.length} modules n’ont pas changé`);
    return { entry: record.entry, files: record.files, filesDir };
  }
  // No record while bundling: a build that fails here leaves nothing a later build could take as current.
  await rm(recordFile, { force: true });
  await rm(filesDir, { recursive: true, force: true });
  const info = await bundle(root, siteUrl, filesDir);
  logSuiteWork('decap-bundle', process.env.CARREFOUR_SUITE_BY ?? 'astro build');
  if (!info.entry) throw new Error('Espace de contribution : le paquet de cms/main.ts n’a pas de script d’entrée.');
  const inputs = projectInputs(info.moduleIds, root);
  const digest = inputsDigest(root, [...fixedInputs, ...inputs], siteUrl)!;
  const { files } = info;
  const next: BundleRecord = { digest, inputs, entry: `/${info.entry}`, files };
  await writeFile(recordFile, JSON.stringify(next));
  logger.info(`espace de contribution : ${files.length} fichiers en ${Math.round(performance.now() - started)} ms`);
  return { entry: next.entry, files, filesDir };
}

/** Copies the bundle's files into the output folder (always written anew: the build's own files are the ones it wrote). */
export async function copyBundle({ files, filesDir }: CmsBundle, outDir: URL): Promise<void> {
  const out = fileURLToPath(outDir);
  for (const file of files) {
    await mkdir(dirname(join(out, file)), { recursive: true });
    await copyFile(join(filesDir, file), join(out, file));
  }
}
