// Which folder the validator and the review report read (CARREFOUR_CONTENT_DIR, else content/), and the
// problems that stop them from checking it: a silent « Validation réussie » on an empty read would vouch for nothing.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ContentProblem } from './problem';

const subject = 'dossier du contenu';
const fixPath = 'vérifiez le chemin donné à CARREFOUR_CONTENT_DIR (relatif au projet ou absolu), ou retirez cette variable pour vérifier content/.';

/** The content folder as a path from the project root with `/` (`content`, `.tmp/copie`), or why it cannot be checked. */
export type ContentFolder = { folder: string } | { problem: ContentProblem };

/**
 * Returns `value` (relative to `root`, or absolute) as a folder inside the project. A folder outside it, or
 * the project itself, is refused: problems name files from the project root and attachments are looked up in its public/.
 */
export function contentFolder(root: string, value: string): ContentFolder {
  const path = relative(root, resolve(root, value));
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) {
    return {
      problem: {
        severity: 'error',
        file: value,
        subject,
        problem:
          path === ''
            ? 'c’est la racine du projet, pas le dossier de la bibliothèque'
            : 'ce dossier est hors du projet, le validateur ne peut pas y vérifier les pièces jointes (public/)',
        fix: 'donnez un dossier du projet qui contient fiches/, outils/, organismes/… (par exemple content ou .tmp/copie), ou lancez la commande depuis le projet qui contient ce dossier.',
      },
    };
  }
  return { folder: path.split(sep).join('/') };
}

/** The problem of a content folder that does not exist (or is a file). */
export function missingFolderProblem(folder: string, isFile: boolean): ContentProblem {
  return { severity: 'error', file: folder, subject, problem: isFile ? 'ce chemin est un fichier, pas un dossier' : 'dossier introuvable', fix: fixPath };
}

/** The problem of a content folder that holds no entry of any kind: most likely not the library's folder. */
export function emptyFolderProblem(folder: string): ContentProblem {
  return {
    severity: 'error',
    file: folder,
    subject,
    problem: 'aucun contenu à vérifier (ni fiche, ni outil, ni modèle, ni organisme…)',
    fix: 'vérifiez que CARREFOUR_CONTENT_DIR désigne le dossier de la bibliothèque, celui qui contient fiches/, outils/, organismes/… (ou retirez cette variable pour vérifier content/).',
  };
}
