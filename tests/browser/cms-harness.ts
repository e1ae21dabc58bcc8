import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, inject, onTestFailed, vi } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { cloneThrowaway, openThrowaway, resetThrowaway, type ThrowawayRepo } from './throwaway-repo';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { readCmsSettings } from '../../cms/settings';
import { headingTitle, introLabel, shownText, splitBody } from '../../cms/sections';
import { root, siteDir } from '../build/site';

/**
 * What the CMS browser tests share: the built /admin/ in Chromium, talking to decap-server (Git mode)
 * on a throw-away clone of this repository, the way `npm run cms` works on a laptop.
 */

/** Waits until `check` stops throwing, polling; for what happens in the repository after a click. */
export const eventually = <T>(check: () => T) => vi.waitFor(check, { timeout: 30_000, interval: 200 });
/** Polls a value of the page until the assertion that follows holds. */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

/** What Decap's refused save leaves among the problems: it rejects with no reason (actions/entries.js, persistEntry), an uncaught « undefined ». */
const saveRefusal = 'erreur JavaScript : undefined';

export interface CmsStackOptions {
  /** Overrides the browser context's options (default: fr-CA, 1400 × 1000). */
  context?: BrowserContextOptions;
  /** Changes the clone before decap-server starts on it. */
  prepare?: (repo: ThrowawayRepo) => void;
  /** Responses of 400 or more that the test expects, besides Decap's 404s on the local API. */
  forgive?: (status: number, path: string) => boolean;
  /** Adds listeners to every tab opened. */
  watchTab?: (tab: Page) => void;
}

interface Stack {
  repo: ThrowawayRepo;
  apiUrl: string;
  siteUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The stack the run started once (tests/browser/cms-stack-setup.ts), its clone reset to its start: what the
 * previous file committed, its branches and their status are gone. Chromium is shared, this file's context is not.
 */
async function sharedStack(prepare: CmsStackOptions['prepare']): Promise<Stack | undefined> {
  const shared = inject('cmsStack');
  if (!shared) return undefined;
  const repo = openThrowaway(shared.repoDir);
  resetThrowaway(repo, shared.start);
  prepare?.(repo);
  const browser = await chromium.connect(shared.browserEndpoint);
  return { repo, apiUrl: shared.apiUrl, siteUrl: shared.siteUrl, browser, close: () => browser.close() };
}

/** A stack of this file's own, when it runs in a project without the shared one (slower: clone, decap-server, Chromium). */
async function ownStack(prepare: CmsStackOptions['prepare']): Promise<Stack> {
  const repo = cloneThrowaway(root);
  prepare?.(repo);
  const decap = await startDecapServer({ root, repoDir: repo.dir });
  const server = await serveSite(siteDir, undefined, forwardToDecapServer(readCmsSettings().localApiPath, decap.port, { repoDir: repo.dir }));
  const browser = await launchChromium();
  return {
    repo,
    apiUrl: decap.url,
    siteUrl: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await decap.close();
      repo.remove();
    },
  };
}

/**
 * Registers beforeAll/afterAll hooks that give the file a throw-away clone of the repository with decap-server
 * on it, the built site served with the local API forwarded (publication checked by the validator), and one
 * browser context in Chromium: the run's shared stack in the `cms` project, else one of its own. Every tab
 * opened records page errors, 4xx/5xx responses and dialogs (accepted).
 */
export function useCmsStack(options: CmsStackOptions = {}) {
  let stack: Stack;
  let context: BrowserContext;
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    stack = (await sharedStack(options.prepare)) ?? (await ownStack(options.prepare));
    context = await stack.browser.newContext({ locale: 'fr-CA', viewport: { width: 1400, height: 1000 }, ...options.context });
  });

  afterAll(async () => {
    await context?.close();
    await stack?.close();
  });

  return {
    get repo() {
      return stack.repo;
    },
    /** decap-server's own API address, for requests made without the browser. */
    get apiUrl() {
      return stack.apiUrl;
    },
    /** The served site's address, without a trailing slash. */
    get url() {
      return stack.siteUrl;
    },
    /** Page errors and failed requests of every tab so far. */
    problems,
    /** The messages of the dialogs every tab showed (all accepted). */
    dialogs,

    /** Opens a new tab in the shared browser context (same sign-in), at `path` of the site when given. */
    async openTab(path?: string): Promise<Page> {
      const tab = await context.newPage();
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.accept();
      });
      tab.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
      tab.on('response', (response) => {
        const status = response.status();
        const responsePath = new URL(response.url()).pathname;
        // Decap asks the local API for drafts that do not exist yet: 404s that are part of its protocol.
        const isExpected = (status === 404 && responsePath.startsWith('/api/')) || options.forgive?.(status, responsePath);
        // Every call to the local API has the same address: its action tells them apart.
        const action = /"action":"(\w+)"/.exec(response.request().postData() ?? '')?.[1];
        if (status >= 400 && !isExpected) problems.push(`réponse ${status} : ${response.url()}${action ? ` (${action})` : ''}`);
      });
      options.watchTab?.(tab);
      if (path !== undefined) await tab.goto(`${stack.siteUrl}${path}`);
      return tab;
    },

    /** Loads /admin/ afresh at `route` in `page`: a change of the address's hash alone does not leave an open entry. */
    async openAdmin(page: Page, route: string) {
      await page.goto('about:blank');
      await page.goto(`${stack.siteUrl}/admin/${route}`);
    },

    /** Signs in through the local backend and waits for the collections. */
    async signIn(page: Page) {
      await page.goto(`${stack.siteUrl}/admin/`);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('link', { name: 'Fiches de pratique', exact: true }).first().waitFor({ timeout: 30_000 });
    },

    /** Waits for the page error a refused save reports, expected there and only there, and forgets it. */
    async expectSaveRefusalReported() {
      await poll(() => problems.includes(saveRefusal)).toBe(true);
      problems.splice(problems.indexOf(saveRefusal), 1);
    },
  };
}

/** Picks `option` in a Decap select or relation field (react-select), by typing its beginning. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface SheetFields {
  /** Filled first when given: it names the entry and its upload folders. */
  title?: string;
  summary: string;
  theme?: string;
  audience?: string;
}

/** Fills the required fields of a new sheet: title, summary, then one choice in each list. */
export async function fillSheetFields(page: Page, { title, summary, theme = 'Raccrochage et retour aux études', audience = 'Jeunes adultes' }: SheetFields) {
  if (title !== undefined) await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Résumé', { exact: true }).fill(summary);
  await choose(page, 'Thèmes', theme);
  await choose(page, 'Publics', audience);
  await choose(page, 'Régions', 'Bas-Saint-Laurent (01)');
  await choose(page, 'Organisme', 'Cap Réussite');
  await choose(page, 'Niveau de preuve', 'Expérience terrain');
  await choose(page, 'Coût approximatif', 'Moins de 500 $');
}

/** Types the body `lines` (Markdown) into the form: each section's text into the text area labelled with its heading. */
export async function typeBody(page: Page, lines: string[]) {
  for (const part of splitBody(lines.join('\n'))) {
    if (part.heading === '' && part.text === '') continue;
    await page.getByLabel(part.heading === '' ? introLabel : headingTitle(part.heading), { exact: true }).fill(shownText(part));
  }
}

/**
 * Waits for `path` on the draft `branch` and returns it; with `before`, waits until it differs from it
 * (decap-server creates the draft branch, then commits on it).
 */
export function waitForDraft(repo: ThrowawayRepo, branch: string, path: string, before?: string): Promise<string> {
  return eventually(() => {
    const draft = repo.show(branch, path);
    return draft !== undefined && draft !== before ? draft : expect.fail('brouillon pas encore enregistré');
  });
}

/** The lines of `path` that `branch` removes or adds, compared with main (`-…` and `+…`). */
export function changedLines(repo: ThrowawayRepo, branch: string, path: string): string[] {
  return repo
    .git('diff', '--unified=0', 'main', branch, '--', path)
    .split('\n')
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
}

/** Saves a draft of a shipped sheet through decap-server's API at `apiUrl`, as the CMS does. */
export async function saveDraftThroughApi(apiUrl: string, slug: string) {
  const path = `content/fiches/${slug}.mdx`;
  const raw = readFileSync(join(root, path), 'utf8').replace(/^title: (.*)$/m, 'title: $1 (brouillon)');
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug, path, raw }],
        assets: [],
        options: { collectionName: 'fiches', commitMessage: `Brouillon : ${slug}`, useWorkflow: true, status: 'draft' },
      },
    }),
  });
  expect(response.status, await response.text()).toBe(200);
}

/** Registers a hook that leaves a full-page screenshot of the current tab in test-results/`folder`/ when a test fails. */
export function screenshotOnFailure(folder: string, currentPage: () => Page) {
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await currentPage().screenshot({ path: `test-results/${folder}/${task.name.slice(0, 40)}.png`, fullPage: true });
    });
  });
}
