import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { keptPagesMayBeStale } from '../lib/client-assets';
import { readRecord } from './build-files';

/** Returns each file under `dir` with its modification time (none when `dir` does not exist). */
function filesWithTimes(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, statSync(path).mtimeMs);
  }
  return files;
}

/** Removes the empty folders under `dir` (not `dir` itself); returns whether `dir` is now empty. */
function removeEmptyFolders(dir: string, isRoot = true): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name), false)) continue;
    empty = false;
  }
  if (empty && !isRoot) rmdirSync(dir);
  return empty;
}

/**
 * Files left from an earlier build that this one did not produce: present at the start, not written
 * since, and not one of this build's pages (an unchanged page keeps its file and its time).
 */
function leftovers(before: Map<string, number>, after: Map<string, number>, outputs: Set<string>): string[] {
  return [...before].filter(([path, time]) => after.get(path) === time && !outputs.has(path)).map(([path]) => path);
}

/** Astro's list of the pages it may reuse (astro/dist/core/build/incremental.js); without it, every page is rendered. */
const astroIncrementalRecord = 'incremental-build.json';
/** The files of the last complete build's client bundle (scripts and stylesheet). */
const clientFilesRecord = 'client-files.json';

/**
 * Once the client bundle is made, before any page is rendered: when a file of the previous bundle is gone,
 * a kept page could load a script that no longer exists, so Astro's list of reusable pages is dropped.
 * `clientFiles` receives this bundle's files, recorded once the build is complete.
 */
function staleScriptGuard(cacheDir: () => string, clientFiles: string[], logger: AstroIntegrationLogger): Plugin {
  return {
    name: 'carrefour-stale-script-guard',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      clientFiles.splice(0, clientFiles.length, ...Object.keys(bundle).sort());
      const astroRecord = join(cacheDir(), astroIncrementalRecord);
      if (!existsSync(astroRecord) || !keptPagesMayBeStale(readRecord<string[]>(join(cacheDir(), clientFilesRecord)), clientFiles)) return;
      unlinkSync(astroRecord);
      logger.info('scripts du site renommés depuis la construction précédente : toutes les pages sont refaites');
    },
  };
}

/** What the last build changed in the output folder (absolute paths), for the integrations that run after keepOutput. */
export interface OutputChanges {
  /** Whether the output of an earlier build was there to keep (false for a first or cold build). */
  kept: boolean;
  written: string[];
  removed: string[];
}

/** The search index is its own integration's: it decides whether to keep or rewrite it (src/integrations/search-index.ts). */
const ownedByIndex = (path: string, outDir: string) => relative(outDir, path).startsWith(`pagefind${sep}`);

/**
 * Keeps the output folder between builds instead of emptying it: Astro's incremental build then leaves an
 * unchanged page where it is (« cached ») instead of copying it back from its cache (« restored »).
 * What the build no longer produces (a removed sheet's page, older scripts, the previous search index) is
 * removed before the search index is built, so the folder ends as a cold build would leave it. `changes`
 * receives what was written and removed. Must come before the search index in the integrations' list.
 */
export function keepOutput(changes: OutputChanges = { kept: false, written: [], removed: [] }): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let before = new Map<string, number>();
  const clientFiles: string[] = [];
  return {
    name: 'carrefour-keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({ vite: { build: { emptyOutDir: false }, plugins: [staleScriptGuard(() => cacheDir, clientFiles, logger)] } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        before = filesWithTimes(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outputs = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const after = filesWithTimes(fileURLToPath(dir));
        const removed = leftovers(before, after, outputs).filter((path) => !ownedByIndex(path, outDir));
        for (const path of removed) unlinkSync(path);
        removeEmptyFolders(fileURLToPath(dir));
        changes.kept = before.size > 0;
        changes.removed = removed;
        changes.written = [...after].filter(([path, time]) => before.get(path) !== time && !ownedByIndex(path, outDir)).map(([path]) => path);
        writeFileSync(join(cacheDir, clientFilesRecord), JSON.stringify(clientFiles));
        if (removed.length > 0)
          logger.info(
            `${removed.length} fichier(s) qu’une construction précédente avait écrits retiré(s) : ${removed
              .slice(0, 3)
              .map((path) => relative(outDir, path))
              .join(', ')}${removed.length > 3 ? '…' : ''}`,
          );
      },
    },
  };
}
