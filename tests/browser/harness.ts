import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, watchProblems, watchPolicyViolations } from './chromium';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { siteDir } from '../build/site';

/** What a test may set on the browser context of a page: screen, preferences, JavaScript. */
export type OpenOptions = Pick<BrowserContextOptions, 'viewport' | 'javaScriptEnabled' | 'colorScheme' | 'reducedMotion' | 'deviceScaleFactor'>;

/**
 * Serves the site the build tests built (with its `_headers`, so its Content Security Policy applies),
 * starts one Chromium per test file and gives each test fresh pages.
 * Every test fails if one of its pages logged a console error, broke the policy or had a request fail.
 */
export function useBrowser() {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  const state: { contexts: BrowserContext[]; problems: string[] } = { contexts: [], problems: [] };

  beforeAll(async () => {
    server = await serveSite(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(state.contexts.map((context) => context.close()));
    state.contexts = [];
    const problems = state.problems;
    state.problems = [];
    expect(problems, 'erreurs de console, violations de la politique de sécurité ou requêtes échouées').toEqual([]);
  });

  return {
    /** Opens a new page, in a new browser context, on the served site (path like `/recherche/?q=x`). */
    async open(path: string, options: OpenOptions = {}): Promise<Page> {
      const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 }, ...options });
      state.contexts.push(context);
      await watchPolicyViolations(context, state.problems);
      const page = await context.newPage();
      watchProblems(page, state.problems);
      await page.goto(`${server.url}${path}`);
      return page;
    },
    /** Returns the problems recorded so far in this test and forgets them, for tests that provoke one on purpose. */
    takeProblems(): string[] {
      return state.problems.splice(0);
    },
    get baseUrl() {
      return server.url;
    },
  };
}
