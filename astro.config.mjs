// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index';
import { cms } from './cms/integration';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://carrefour-des-pratiques.example',
  trailingSlash: 'always',
  // Tests build copies of the library side by side: each gets its own output and cache.
  outDir: process.env.CARREFOUR_OUT_DIR ?? './dist',
  cacheDir: process.env.CARREFOUR_CACHE_DIR ?? './node_modules/.astro',
  publicDir: process.env.CARREFOUR_PUBLIC_DIR ?? './public',
  integrations: [mdx(), searchIndex(), cms()],
  // Lossless whitespace removal: the default JSX rules glue a word to the link that follows it on the next line.
  compressHTML: true,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Pages return a cacheKey covering everything they show; unchanged pages are reused between builds.
  experimental: { incrementalBuild: true },
});
