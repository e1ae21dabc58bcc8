import { statSync } from 'node:fs';
import { missingFolderProblem } from '../lib/validation/content-folder';
import { formatProblem } from '../lib/validation/problem';

/**
 * Folder holding the library, relative to the project root or absolute. Tests and benchmarks point
 * CARREFOUR_CONTENT_DIR at a copy of the library; everyone else uses `content/`.
 */
export const contentDir = process.env.CARREFOUR_CONTENT_DIR ?? './content';

// Stops the build at once, in French, rather than on the first loader that lists a missing folder.
const found = statSync(contentDir, { throwIfNoEntry: false });
if (!found?.isDirectory()) throw new Error(formatProblem(missingFolderProblem(contentDir, found !== undefined)));

/**
 * Folder of the site's static files (uploads included), relative to the project root. A test that
 * builds another copy of the repository points CARREFOUR_PUBLIC_DIR at that copy's `public/`.
 */
export const publicDir = process.env.CARREFOUR_PUBLIC_DIR ?? './public';
