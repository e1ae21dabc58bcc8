import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchProblems } from './chromium';
import type { OpenOptions } from './harness';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { siteDir } from '../build/site';

/** A browser window the crawl loads pages in: a name for the test titles and its context settings. */
export interface CrawlWindow {
  name: string;
  options: OpenOptions;
}

/** A check run on a loaded page: its name, and a function that returns one line per problem found (none: it passed). */
export type Check = readonly [name: string, run: (page: Page) => Promise<string[]>];

/** One page load in one window, and every check that window needs on it, run in order. */
export interface Visit {
  path: string;
  window: CrawlWindow;
  checks: readonly Check[];
  /** Waits for, or brings about, the state to check (results shown, CMS drawn) once the page has loaded. */
  ready?: (page: Page) => Promise<void>;
  /**
   * Gives the visit a browser context of its own, for pages that are typed in or clicked, or that run the CMS:
   * other visits share one context per window (and its HTTP cache), which only pages that leave no state may do.
   */
  isolated?: boolean;
}

/** What a visit found: for each check by name, and for the page's own console, policy and requests, its problems. */
export type Findings = Record<string, string[]>;

/** Name of the findings that the page itself reported while it was open. */
export const pageProblems = 'console, politique de sécurité, requêtes';

/** Runs at most `count` of the given tasks at once, the others waiting in line. */
function limiter(count: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= count) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * Serves the built site and starts one Chromium for a test file that crawls it: `visit` loads a page in its window,
 * runs its checks and returns what they found, with at most `pagesInFlight` pages open at once. Each page's console
 * errors, policy violations and failed requests are recorded under that page, so concurrent visits never mix them.
 */
export function useCrawl(pagesInFlight: number) {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  const shared = new Map<string, Promise<BrowserContext>>();
  const problemsOf = new WeakMap<Page, string[]>();
  const inLine = limiter(pagesInFlight);

  beforeAll(async () => {
    server = await serveSite(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newContext(options: OpenOptions): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 }, ...options });
    await context.exposeBinding('__recordPolicyViolation', ({ page }, text: string) => problemsOf.get(page)?.push(`violation de la politique de sécurité : ${text}`));
    // Init scripts come from the browser's debugging protocol, which the page's own policy does not govern.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const record = (window as unknown as { __recordPolicyViolation: (text: string) => void }).__recordPolicyViolation;
        record(`${event.effectiveDirective} a bloqué ${event.blockedURI || 'du code en ligne'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    return context;
  }

  function sharedContext(window: CrawlWindow): Promise<BrowserContext> {
    if (!shared.has(window.name)) shared.set(window.name, newContext(window.options));
    return shared.get(window.name)!;
  }

  return {
    visit(visit: Visit): Promise<Findings> {
      return inLine(async () => {
        const context = visit.isolated ? await newContext(visit.window.options) : await sharedContext(visit.window);
        const page = await context.newPage();
        const problems = watchProblems(page, []);
        problemsOf.set(page, problems);
        const findings: Findings = {};
        try {
          await page.goto(`${server.url}${visit.path}`);
          await visit.ready?.(page);
          for (const [name, run] of visit.checks) findings[name] = await run(page);
          // A policy violation reaches its listener in a later task, then Node through the binding: wait for both.
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
        } finally {
          await page.close();
          if (visit.isolated) await context.close();
        }
        findings[pageProblems] = problems;
        return findings;
      });
    },
    /**
     * Returns what the pages of the shared contexts left behind (cookies, local storage, IndexedDB), one line per
     * window that has some: a later page could read it, so its checks would depend on the pages before it.
     */
    async leftovers(): Promise<string[]> {
      const states = await Promise.all([...shared].map(async ([name, context]) => ({ name, state: await (await context).storageState({ indexedDB: true }) })));
      return states.filter(({ state }) => state.cookies.length > 0 || state.origins.length > 0).map(({ name, state }) => `${name} : ${JSON.stringify(state)}`);
    },
  };
}
