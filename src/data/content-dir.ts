/**
 * Folder holding the library, relative to the project root. Tests and benchmarks point
 * CARREFOUR_CONTENT_DIR at a copy of the library; everyone else uses `content/`.
 */
export const contentDir = process.env.CARREFOUR_CONTENT_DIR ?? './content';
