import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPublicUploads, readTree } from '../lib/safety/disk-files';
import { formatProblem } from '../lib/validation/problem';
import { publicFileProblems } from '../lib/validation/uploads';
import { ContentRejectedError } from '../loaders/entries';
import { contentCollections } from '../schema/registry';

/** Folders whose `.mdx` files the entries loader reads: it refuses a link there itself, without following it. */
const mdxFolders = new Set(contentCollections.filter((spec) => spec.extension === 'mdx').map((spec) => spec.folder));

/** Whether a link of the library (`fiches/x.mdx`, relative to its folder) is one the entries loader will refuse. */
const refusedByLoader = (path: string) => {
  const [folder, name, ...rest] = path.split('/');
  return rest.length === 0 && mdxFolders.has(folder ?? '') && (name ?? '').endsWith('.mdx');
};

/**
 * Refuses a build whose upload folders hold a file that is not of an accepted type (by extension and by
 * content), or whose library or public folder holds a symbolic link: the same rules as `npm run validate`.
 * The files are checked before anything is loaded. A link that another loader would follow (a `.yml` file,
 * a taxonomy) stops the build at once; otherwise the build prints the problems and stops before its first
 * page (`astro:build:start`), so that the content loader's own problems are listed too. Vite copies the
 * public folder only after the pages.
 * @param contentDir the library's folder, relative to the project root
 */
export function uploadGuard(contentDir: string): AstroIntegration {
  let refused = 0;
  return {
    name: 'carrefour-upload-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = process.cwd();
        const toPath = (path: string) => relative(root, path).split(sep).join('/');
        const publicDir = toPath(fileURLToPath(config.publicDir));
        const library = toPath(resolve(root, contentDir));
        const links = readTree(root, contentDir, () => false);
        const messages = publicFileProblems([...links, ...readPublicUploads(root, publicDir)], publicDir).map(formatProblem);
        if (messages.length === 0) return;
        const error = new ContentRejectedError(messages);
        if (command !== 'build' || !links.every(({ path }) => refusedByLoader(path.slice(library.length + 1)))) throw error;
        refused = messages.length;
        logger.error(error.message);
      },
      'astro:build:start': () => {
        if (refused === 0) return;
        const error = new Error(`Construction arrêtée : ${refused === 1 ? 'un fichier est refusé' : `${refused} fichiers sont refusés`} (voir la liste plus haut).`);
        error.stack = '';
        throw error;
      },
    },
  };
}
