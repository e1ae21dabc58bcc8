import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { saveDraftThroughApi } from './cms-harness';
import { heldReloadNotice } from '../../cms/dev-reload';
import { root } from '../build/site';
import { freePort } from '../../scripts/lib/decap-server.mjs';
import { git } from '../../scripts/lib/cms-workspace.mjs';

/**
 * `npm run cms` as a contributor uses it offline: the dev server of this checkout and decap-server on a
 * clone of its own. Two drafts open in the CMS, and the page never reloads while decap-server switches
 * branches to list them. Nothing is published here; one test adds a sheet to content/ for a moment, as a
 * publication brought back would, and removes it: this checkout is left as it was.
 */

const drafts = ['cafes-parents-ados', 'mentorat-entre-pairs'];
let workspace: string;
let cms: ChildProcess;
let output = '';
let siteUrl: string;
let apiUrl: string;
let browser: Browser;
let rootState: ReturnType<typeof checkoutState>;

/** Resolves once `check` returns true, polling every 500 ms, or fails with `what` after `timeoutMs`. */
async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (cms.exitCode !== null) throw new Error(`npm run cms s’est arrêté (code ${cms.exitCode}) :\n${output}`);
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} : délai dépassé.\n${output}`);
}

/** What decap-server would change if it worked in this checkout: its branch, its commit, its content and uploads. */
function checkoutState() {
  return {
    branch: git(root, 'rev-parse', '--abbrev-ref', 'HEAD'),
    head: git(root, 'rev-parse', 'HEAD'),
    branches: git(root, 'branch', '--list', 'cms/*'),
    files: git(root, 'status', '--porcelain', '--', 'content', 'public'),
  };
}

/** Returns `env` without Vitest's variables: under VITEST, Vite's dev server behaves as in a test run. */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST'));
}

/** Opens /admin/ in `page` and signs in through the local backend. */
async function signIn(page: Page) {
  await page.goto(`${siteUrl}/admin/`, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Se connecter' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Fiches de pratique', exact: true }).first().waitFor({ timeout: 60_000 });
}

/** Two tabs of one context (one sign-in) on the second draft, once the dev server has settled. */
interface ReloadTabs {
  context: BrowserContext;
  editing: Page;
  idle: Page;
  /** What the editing tab's console said. */
  notices: string[];
  /** The dialogs the editing tab showed (dismissed). */
  leaveQuestions: string[];
}

/** The reload test's tabs, opened while the test before it waits. */
let reloadTabs: Promise<ReloadTabs> | undefined;

async function openReloadTabs(): Promise<ReloadTabs> {
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1400, height: 1000 } });
  const [editing, idle] = [await context.newPage(), await context.newPage()];
  const tabs: ReloadTabs = { context, editing, idle, notices: [], leaveQuestions: [] };
  editing.on('console', (message) => tabs.notices.push(message.text()));
  // Decap asks before leaving a form with edits: a held reload must not even get that far.
  editing.on('dialog', (dialog) => {
    tabs.leaveQuestions.push(dialog.type());
    void dialog.dismiss();
  });
  await signIn(editing);
  // The second tab shares the sign-in (same browser context).
  for (const page of [editing, idle]) {
    await page.goto(`${siteUrl}/admin/#/collections/fiches/entries/${drafts[1]}`);
    await expect.poll(() => page.getByLabel('Taille du groupe').inputValue(), { timeout: 120_000 }).not.toBe('');
  }
  await editing.waitForTimeout(5_000);
  return tabs;
}

beforeAll(async () => {
  rootState = checkoutState();
  workspace = join(mkdtempSync(join(tmpdir(), 'carrefour-cms-offline-')), 'depot');
  const [sitePort, decapPort] = [await freePort(), await freePort()];
  siteUrl = `http://127.0.0.1:${sitePort}`;
  apiUrl = `http://127.0.0.1:${decapPort}/api/v1`;
  cms = spawn(process.execPath, [join(root, 'scripts', 'cms.mjs'), '--port', String(sitePort)], {
    cwd: root,
    env: { ...withoutVitest(process.env), CMS_WORKSPACE: workspace, DECAP_SERVER_PORT: String(decapPort), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cms.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  cms.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(async () => (await fetch(`${siteUrl}/admin/`)).ok, 'le serveur de développement ne répond pas');
  for (const slug of drafts) await saveDraftThroughApi(apiUrl, slug);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (cms && cms.exitCode === null) {
    const exited = new Promise((resolve) => cms.once('exit', resolve));
    cms.kill('SIGTERM');
    await exited;
  }
  if (workspace) rmSync(join(workspace, '..'), { recursive: true, force: true });
});

describe('npm run cms', () => {
  test('says where decap-server saves, in a clone of its own', () => {
    expect(output).toContain(`copie de travail du CMS créée : ${workspace}`);
    expect(output).toContain(`enregistre dans ${workspace}`);
    for (const slug of drafts) expect(git(workspace, 'branch', '--list', `cms/fiches/${slug}`)).toContain(`cms/fiches/${slug}`);
  });

  test('two drafts open without the page reloading, and a field keeps what was typed', { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1400, height: 1000 } });
    const page: Page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    // The dev server prepares Decap's modules on the first visit: slow on a loaded machine.
    await signIn(page);
    // The dev server may reload once while it prepares Decap's modules: let it settle before counting.
    await page.waitForTimeout(5_000);

    let loads = 0;
    page.on('load', () => loads++);
    // The board lists both drafts (decap-server checks out each branch in its clone), then each draft opens.
    await page.goto(`${siteUrl}/admin/#/workflow`);
    await page.getByText('Cafés-rencontres parents-ados (brouillon)').first().waitFor({ timeout: 60_000 });
    await page.getByText('Mentorat entre pairs au secondaire (brouillon)').first().waitFor({ timeout: 60_000 });
    await page.goto(`${siteUrl}/admin/#/collections/fiches/entries/${drafts[0]}`);
    const groupSize = page.getByLabel('Taille du groupe');
    await expect.poll(() => groupSize.inputValue(), { timeout: 60_000 }).toBe('8 à 12 familles');
    await groupSize.fill('De 8 à 14 familles');
    // Meanwhile, the next test's tabs sign in and open the other draft: more branch switching in decap-server's clone.
    reloadTabs = openReloadTabs();
    reloadTabs.catch(() => undefined);
    // 25 seconds, as long as the reload loop took to show before.
    await page.waitForTimeout(25_000);
    expect(await groupSize.inputValue()).toBe('De 8 à 14 familles');
    // goto() of a hash route in the same document loads nothing: the only load is the page itself, never again.
    expect(loads).toBe(0);
    await context.close();
  });

  test('a tab with unsaved edits does not reload when content/ changes; a tab without edits still does', { timeout: 240_000 }, async () => {
    const added = join(root, 'content', 'fiches', 'essai-rechargement-cms.mdx');
    const { context, editing, idle, notices, leaveQuestions } = await (reloadTabs ?? openReloadTabs());
    const loads = { editing: 0, idle: 0 };
    editing.on('load', () => loads.editing++);
    idle.on('load', () => loads.idle++);
    try {
      const groupSize = editing.getByLabel('Taille du groupe');
      await groupSize.fill('Jusqu’à 30 élèves');
      // What a publication brought back into this checkout does: a new sheet in content/.
      const sheet = readFileSync(join(root, 'content', 'fiches', `${drafts[0]}.mdx`), 'utf8');
      writeFileSync(added, sheet.replace(/^title: .*$/m, 'title: Essai de rechargement du CMS'));
      await expect.poll(() => loads.idle, { timeout: 120_000, message: 'l’onglet sans modifications se recharge' }).toBeGreaterThan(0);
      await editing.waitForTimeout(3_000);
      expect(loads.editing).toBe(0);
      expect(leaveQuestions).toEqual([]);
      expect(await groupSize.inputValue()).toBe('Jusqu’à 30 élèves');
      expect(notices).toContain(heldReloadNotice);
    } finally {
      rmSync(added, { force: true });
      await context.close();
    }
  });

  test('leaves this checkout as it was: same commit, same files', () => {
    expect(checkoutState()).toEqual(rootState);
  });
});
