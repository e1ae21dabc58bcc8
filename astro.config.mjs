// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { keepOutput } from './src/integrations/keep-output';
import { proposalPreview } from './src/integrations/preview';
import { searchIndex } from './src/integrations/search-index';
import { siteUrlStylesheet } from './src/integrations/site-url-css';
import { tableScroll } from './src/integrations/table-scroll';
import { uploadGuard } from './src/integrations/upload-guard';
import { cms } from './cms/integration';
import { site } from './src/config';
import { contentDir } from './src/data/content-dir';
import { t } from './src/i18n/fr-CA';

/** What each build changed in its output, shared by the two integrations that read it. @type {import('./src/integrations/keep-output').OutputChanges} */
const outputChanges = { kept: false, written: [], removed: [] };

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Tests build copies of the library side by side: each gets its own output and cache.
  outDir: process.env.CARREFOUR_OUT_DIR ?? './dist',
  cacheDir: process.env.CARREFOUR_CACHE_DIR ?? './node_modules/.astro',
  publicDir: process.env.CARREFOUR_PUBLIC_DIR ?? './public',
  // The sitemap lists every built page but the CMS (/admin/, /admin/comite/); the 404 page is left out by the integration.
  // keepOutput leaves unchanged pages in place between builds and removes leftovers (after the sitemap is
  // written, before the index reads the pages); the index is rebuilt only when an indexed page changed.
  // With `--changed <base>` (npm run build -- --changed main), proposalPreview builds only the changed entries' pages.
  // uploadGuard refuses symbolic links and uploads that are not what they claim to be, before any page is built.
  integrations: [
    uploadGuard(contentDir),
    proposalPreview(contentDir, site.url),
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/'), namespaces: { news: false, xhtml: false, image: false, video: false } }),
    keepOutput(outputChanges),
    searchIndex(outputChanges),
    cms(),
  ],
  markdown: {
    processor: satteri({
      hastPlugins: [tableScroll()],
      // Footnotes are titled and labelled in French, not with the engine's English defaults.
      features: { gfm: { footnotes: { label: t('footnotes.title'), backLabel: t('footnotes.back') } } },
    }),
  },
  // Lossless whitespace removal: the default JSX rules glue a word to the link that follows it on the next line.
  compressHTML: true,
  // Every stylesheet is a file, never a <style> element: the Content Security Policy allows no inline style.
  // Four pages at a time: one page's file writes overlap the next one's rendering (2,000 sheets: 14 s instead of 20 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // One stylesheet for the whole site (about 4 KB gzip): one request, cached for every later page.
  // Every script is a file too (Vite would inline a small one, which the policy refuses): no asset is ever inlined.
  vite: { plugins: [siteUrlStylesheet(site.url)], build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Pages return a cacheKey covering everything they show; unchanged pages are reused between builds.
  experimental: { incrementalBuild: true },
});
