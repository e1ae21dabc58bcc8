import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPublicUploads, readTree } from '../lib/safety/disk-files';
import { formatProblem } from '../lib/validation/problem';
import { publicFileProblems } from '../lib/validation/uploads';
import { ContentRejectedError } from '../loaders/entries';

/**
 * Refuses a build whose upload folders hold a file that is not of an accepted type (by extension and by
 * content), or whose library or public folder holds a symbolic link: the same rules as `npm run validate`.
 * The files are checked before anything is loaded; a build prints the problems at once and stops before
 * its first page (`astro:build:start`), so that the content loader's own problems are listed too.
 * @param contentDir the library's folder, relative to the project root
 */
export function uploadGuard(contentDir: string): AstroIntegration {
  let refused = 0;
  return {
    name: 'carrefour-upload-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = process.cwd();
        const publicDir = relative(root, fileURLToPath(config.publicDir)).split(sep).join('/');
        const files = [...readTree(root, contentDir, () => false), ...readPublicUploads(root, publicDir)];
        const messages = publicFileProblems(files, publicDir).map(formatProblem);
        if (messages.length === 0) return;
        const error = new ContentRejectedError(messages);
        if (command !== 'build') throw error;
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
