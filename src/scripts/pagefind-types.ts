/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
let filterChunks: Promise<unknown> | undefined;
let filterChunksLoaded = false;

/** Loads Pagefind once, on first use; the URL is kept out of the bundler's reach on purpose. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // A whole word ranks above the longer words it starts (« parents » above « parentalité »): 4 against Pagefind's 1.
    await module.options({ excerptLength: 28, ranking: { termSimilarity: 4 } });
    await module.init();
    return module;
  });
  return pagefind;
}

/**
 * Loads every filter's chunks once. Until then, a search counts only the filters it uses; the chunks grow
 * with the library (about 160 KB gzip at 10,000 sheets), so they are fetched after the first results.
 */
export async function loadFilterChunks(): Promise<void> {
  const module = await loadPagefind();
  filterChunks ??= module.filters();
  await filterChunks;
  filterChunksLoaded = true;
}

/** True once every filter's chunks are loaded: from then on, a search returns complete counts. */
export function hasFilterChunks(): boolean {
  return filterChunksLoaded;
}
