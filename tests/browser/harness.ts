import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchProblems } from './chromium';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { siteDir } from '../build/site';

/**
 * Serves the site the build tests built, starts one Chromium per test file and gives each test a fresh page.
 * Every test fails if its page logged a console error or a request failed.
 */
export function useBrowser() {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  const state: { context?: BrowserContext | undefined; problems: string[] } = { problems: [] };

  beforeAll(async () => {
    server = await serveSite(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await state.context?.close();
    state.context = undefined;
    expect(state.problems, 'erreurs de console ou requêtes échouées').toEqual([]);
    state.problems = [];
  });

  return {
    /** Opens a new page on the served site (path like `/recherche/?q=x`). */
    async open(path: string, options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {}): Promise<Page> {
      state.context = await browser.newContext({
        locale: 'fr-CA',
        viewport: options.viewport ?? { width: 1280, height: 900 },
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      });
      const page = await state.context.newPage();
      state.problems = watchProblems(page);
      await page.goto(`${server.url}${path}`);
      return page;
    },
    get baseUrl() {
      return server.url;
    },
  };
}
