import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { build, type InlineConfig, type Plugin } from 'vite';
import { siteUrlStylesheet } from '../src/integrations/site-url-css';
import { canReuseBundle, inputsDigest, projectInputs, type BundleRecord } from './bundle-cache';
import { decapYamlWithoutFolding } from './yaml/vite-plugin';

/** The browser entry of /admin/ and /admin/comite/. */
const entryModule = 'cms/main.ts';
/** What the bundle depends on besides the modules it reads: the dependencies' versions and this builder's code. */
const fixedInputs = ['package-lock.json', 'cms/bundle.ts', 'cms/yaml/vite-plugin.ts', 'src/integrations/site-url-css.ts'];

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

interface OutputFile {
  fileName: string;
  type: 'chunk' | 'asset';
  code?: string;
  source?: string | Uint8Array;
  isEntry?: boolean;
  moduleIds?: string[];
}

/** Bundles the CMS for the browser (production, in memory): Decap, React and this project's widgets. */
async function bundle(root: string, siteUrl: string): Promise<OutputFile[]> {
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [decapYamlWithoutFolding() as Plugin, siteUrlStylesheet(siteUrl)],
    build: {
      write: false,
      copyPublicDir: false,
      assetsInlineLimit: 0,
      // About 5.5 MB (1.5 MB gzip), loaded by /admin/ only; site pages have their own budget (tests/build/weight.test.ts).
      chunkSizeWarningLimit: 6000,
      rolldownOptions: {
        input: join(root, entryModule),
        onLog: hideDependencyNoise,
        output: { entryFileNames: '_astro/cms.[hash].js', chunkFileNames: '_astro/[name].[hash].js', assetFileNames: '_astro/[name].[hash][extname]' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: OutputFile[] }[];
  return outputs.flatMap(({ output }) => output);
}

/** The files of the last bundle, kept between builds in the cache folder. */
export interface CmsBundle {
  entry: string;
  files: string[];
  filesDir: string;
}

async function readRecord(file: string): Promise<BundleRecord | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BundleRecord;
  } catch {
    return undefined;
  }
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
  const record = await readRecord(recordFile);
  if (record && canReuseBundle(record, root, fixedInputs, siteUrl, filesDir)) {
    logger.info(`espace de contribution repris : ses ${record.inputs.length} modules n’ont pas changé`);
    return { entry: record.entry, files: record.files, filesDir };
  }
  // No record while bundling: a build that fails here leaves nothing a later build could take as current.
  await rm(recordFile, { force: true });
  await rm(filesDir, { recursive: true, force: true });
  const output = await bundle(root, siteUrl);
  for (const file of output) {
    const path = join(filesDir, file.fileName);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.type === 'chunk' ? file.code! : file.source!);
  }
  const entry = output.find((file) => file.isEntry);
  if (!entry) throw new Error('Espace de contribution : le paquet de cms/main.ts n’a pas de script d’entrée.');
  const inputs = projectInputs(
    output.flatMap((file) => file.moduleIds ?? []),
    root,
  );
  const digest = inputsDigest(root, [...fixedInputs, ...inputs], siteUrl)!;
  const files = output.map((file) => file.fileName);
  const next: BundleRecord = { digest, inputs, entry: `/${entry.fileName}`, files };
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
