/**
 * Folder holding the library, relative to the project root. Tests and benchmarks point
 * CARREFOUR_CONTENT_DIR at a copy of the library; everyone else uses `content/`.
 */
export const contentDir = process.env.CARREFOUR_CONTENT_DIR ?? './content';

/**
 * Folder of the site's static files (uploads included), relative to the project root. A test that
 * builds another copy of the repository points CARREFOUR_PUBLIC_DIR at that copy's `public/`.
 */
export const publicDir = process.env.CARREFOUR_PUBLIC_DIR ?? './public';
