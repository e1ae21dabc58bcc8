import { isUploadPath, uploadRefusal } from '../safety/uploads';
import type { ContentProblem } from './problem';

/** A file found on disk: its bytes, or only its path when it is a symbolic link (never followed). */
export interface DiskFile {
  path: string;
  bytes: Uint8Array;
  symlink?: boolean | undefined;
}

/** What the contributor reads about a symbolic link, anywhere under content/ or public/. */
export function symlinkProblem(file: string): ContentProblem {
  return {
    severity: 'error',
    file,
    subject: 'fichier',
    problem: 'c’est un lien symbolique : la publication copierait le fichier vers lequel il pointe, qui peut se trouver hors du dépôt',
    fix: 'remplacez le lien par le fichier lui-même, ou retirez-le.',
  };
}

/** Returns the problem of a file uploaded to `path` whose type is not accepted or whose content is not of its type. */
export function uploadProblem(path: string, bytes: Uint8Array): ContentProblem | undefined {
  const refusal = uploadRefusal(path, bytes);
  return refusal && { severity: 'error', file: path, subject: 'fichier téléversé', ...refusal };
}

/**
 * Returns the problems of the files under the public folder `publicDir` (a path like `public`): each
 * symbolic link, and each file of an upload folder whose type is not accepted or whose content is not
 * of its type. Other public files (the site's own stylesheets, favicon, `_headers`) are left alone.
 */
export function publicFileProblems(files: readonly DiskFile[], publicDir: string): ContentProblem[] {
  const prefix = `${publicDir.replace(/\/+$/, '')}/`;
  return files.flatMap((file): ContentProblem[] => {
    if (file.symlink) return [symlinkProblem(file.path)];
    if (!file.path.startsWith(prefix) || !isUploadPath(file.path.slice(prefix.length - 1))) return [];
    const problem = uploadProblem(file.path, file.bytes);
    return problem ? [problem] : [];
  });
}
