import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { changedEntryPages, linkToPublished } from '../lib/preview';
import { htmlFiles } from './build-files';

/** The base a preview compares the content with: `--changed <base>` on the command line, or CARREFOUR_CHANGED_SINCE. */
export function previewBase(argv: readonly string[] = process.argv): string | undefined {
  const flag = argv.indexOf('--changed');
  return (flag >= 0 ? argv[flag + 1] : undefined) ?? (process.env.CARREFOUR_CHANGED_SINCE || undefined);
}

/** Files of the content folder changed since `base`, committed or not, new ones included (relative to the folder). */
function changedFiles(contentDir: string, base: string): string[] {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  try {
    return [...git('diff', '--name-only', '--relative', base, '--', '.'), ...git('ls-files', '--others', '--exclude-standard')];
  } catch (error) {
    throw new Error(
      `Aperçu impossible : Git ne peut pas comparer le contenu (${contentDir}) avec « ${base} » (${(error as Error).message.split('\n')[0]}).\n` +
        'Correction : donnez une branche ou un commit qui existe dans ce dépôt, par exemple `npm run build -- --changed main`.',
      { cause: error },
    );
  }
}

const withSlash = (pathname: string) => (pathname.endsWith('/') || pathname.includes('.') ? pathname : `${pathname}/`);

/** The default prerenderer, limited to `pages`. */
function onlyPages(base: AstroPrerenderer, pages: Set<string>): AstroPrerenderer {
  return {
    name: `${base.name}-apercu`,
    ...(base.setup && { setup: () => base.setup!() }),
    getStaticPaths: async () => (await base.getStaticPaths()).filter(({ pathname }) => pages.has(withSlash(pathname))),
    render: (request, options) => base.render(request, options),
    ...(base.collectStaticImages && { collectStaticImages: () => base.collectStaticImages!() }),
    ...(base.teardown && { teardown: () => base.teardown!() }),
  };
}

/**
 * A proposal's preview in seconds at any size: `npm run build -- --changed <base>` builds only the pages of
 * the entries changed since `base` (Git), into `dist-apercu/` unless CARREFOUR_OUT_DIR says otherwise, and
 * points every link to a page it did not build to the published site. Without `--changed`, does nothing.
 */
export function proposalPreview(contentDir: string, siteUrl: string): AstroIntegration {
  const base = previewBase();
  let pages = new Set<string>();
  return {
    name: 'carrefour-preview',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || !base) return;
        pages = new Set(changedEntryPages(changedFiles(contentDir, base)));
        // Its own output and cache: a preview never replaces the full build's pages nor prunes their cache.
        if (!process.env.CARREFOUR_OUT_DIR) updateConfig({ outDir: new URL('./dist-apercu/', config.root) });
        if (!process.env.CARREFOUR_CACHE_DIR) updateConfig({ cacheDir: new URL('./node_modules/.astro-apercu/', config.root) });
        logger.info(
          pages.size > 0
            ? `aperçu des contenus modifiés depuis « ${base} » : ${[...pages].join(', ')}`
            : `aperçu : aucun contenu modifié depuis « ${base} », aucune page de contenu à construire`,
        );
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (base) setPrerenderer((prerenderer) => onlyPages(prerenderer, pages));
      },
      'astro:build:done': ({ dir }) => {
        if (!base) return;
        const outDir = fileURLToPath(dir);
        const isBuilt = (path: string) => {
          try {
            return statSync(join(outDir, path.endsWith('/') ? `${path}index.html` : decodeURIComponent(path))).isFile();
          } catch {
            return false;
          }
        };
        for (const file of htmlFiles(outDir)) writeFileSync(file, linkToPublished(readFileSync(file, 'utf8'), isBuilt, siteUrl));
      },
    },
  };
}
