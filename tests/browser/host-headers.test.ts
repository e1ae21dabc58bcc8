// The built site as Cloudflare Pages serves it (the previews' host), from Cloudflare's own local server,
// `wrangler pages dev`: the headers Chromium really receives on a page, a sheet, an uploaded file and /admin/.
// It reads the shared build of tests/build/global-setup.ts; the file takes about 25 s (wrangler starts in about 13 s).
import { relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchPolicyViolations, watchProblems } from './chromium';
import { servePagesDev } from './wrangler';
import { listFiles, siteDir } from '../build/site';
import { adminPolicy, policyToString, sitePolicy, uploadPolicy } from '../../src/lib/csp';

let host: Awaited<ReturnType<typeof servePagesDev>>;
let browser: Browser;
let contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  host = await servePagesDev(siteDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});
afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
  expect(problems.splice(0), 'erreurs de console, violations de la politique de sécurité ou requêtes échouées').toEqual([]);
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-CA' });
  contexts.push(context);
  await watchPolicyViolations(context, problems);
  const page = await context.newPage();
  watchProblems(page, problems);
  return page;
}

/** The policies of a Content-Security-Policy header: a host that joins several sends them separated by commas. */
const policies = (header: string | undefined) => (header ?? '').split(',').map((policy) => policy.trim());

/** The site path of the first built file under `folder` (an upload folder). */
const firstUpload = (folder: string) =>
  `/${relative(siteDir, listFiles(`${siteDir}/${folder}`)[0]!)
    .split('\\')
    .join('/')}`;

describe('headers from wrangler pages dev (Cloudflare Pages)', () => {
  test.each(['/', '/pratiques/cafes-parents-ados/'])('%s gets the site policy alone, nosniff and the referrer policy', async (path) => {
    const page = await newPage();
    const response = await page.goto(`${host.url}${path}`);
    const headers = response!.headers();
    expect(response!.status()).toBe(200);
    expect(policies(headers['content-security-policy'])).toEqual([policyToString(sitePolicy, 'header')]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });

  test('/admin/ gets the admin policy alone (not joined to the site one), and Decap draws its sign-in screen', async () => {
    const page = await newPage();
    const response = await page.goto(`${host.url}/admin/`);
    const headers = response!.headers();
    expect(policies(headers['content-security-policy'])).toEqual([policyToString(adminPolicy, 'header')]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page
      .getByRole('button', { name: /Se connecter/ })
      .first()
      .waitFor();
  });

  test('an attachment is sandboxed, sent with nosniff, and downloaded rather than opened', async () => {
    const file = firstUpload('fichiers');
    const page = await newPage();
    await page.goto(`${host.url}/`);
    const headers = await page.evaluate(async (path) => Object.fromEntries((await fetch(path)).headers), file);
    // Cloudflare joins the site policy and the upload one: the browser enforces both, so the sandbox holds.
    expect(policies(headers['content-security-policy'])).toEqual([policyToString(sitePolicy, 'header'), policyToString(uploadPolicy, 'header')]);
    expect(headers['content-disposition']).toBe('attachment');
    expect(headers['x-content-type-options']).toBe('nosniff');
    const [download] = await Promise.all([page.waitForEvent('download'), page.goto(`${host.url}${file}`).catch(() => undefined)]);
    expect(new URL(download.url()).pathname).toBe(file);
  });

  test('an uploaded image is sandboxed and not forced to download, yet a page still shows it', async () => {
    const image = firstUpload('images');
    const page = await newPage();
    await page.goto(`${host.url}/`);
    const headers = await page.evaluate(async (path) => Object.fromEntries((await fetch(path)).headers), image);
    expect(policies(headers['content-security-policy'])).toEqual([policyToString(sitePolicy, 'header'), policyToString(uploadPolicy, 'header')]);
    expect(headers['content-disposition']).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
    // The image's own policy governs it only when opened as a document, not when a page embeds it.
    const width = await page.evaluate(async (path) => {
      const img = document.createElement('img');
      img.src = path;
      await img.decode();
      return img.naturalWidth;
    }, image);
    expect(width).toBeGreaterThan(0);
  });
});
