import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { adminPolicy, policyToString, sitePolicy } from '../../src/lib/csp';

const browser = useBrowser();

/** Waits until the harness has recorded a violation of `directive` both ways (console and event), and forgets them. */
async function expectRecordedViolation(directive: string) {
  const seen: string[] = [];
  const recorded = () => {
    seen.push(...browser.takeProblems());
    return {
      console: seen.some((problem) => problem.startsWith('console :') && problem.includes('Content Security Policy')),
      event: seen.some((problem) => problem.startsWith('violation') && problem.includes(directive)),
    };
  };
  await expect.poll(recorded).toEqual({ console: true, event: true });
  // The browser may report the one blocked script more than once (script-src, then script-src-elem), the
  // later report arriving after these: let it come, and accept only more reports of this same violation.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const late = browser.takeProblems().filter((problem) => !(problem.includes('Content Security Policy') || (problem.startsWith('violation') && problem.includes(directive))));
  expect(late).toEqual([]);
}

describe('Content Security Policy in the browser', () => {
  test('a page comes with the site policy in its headers, /admin/ with its own', async () => {
    const page = await browser.open('/pratiques/cafes-parents-ados/');
    const sheet = await page.request.get(page.url());
    expect(sheet.headers()['content-security-policy']).toBe(policyToString(sitePolicy, 'header'));
    const admin = await page.request.get(`${browser.baseUrl}/admin/`);
    expect(admin.headers()['content-security-policy']).toBe(policyToString(adminPolicy, 'header'));
  });

  test('an injected inline script does not run, and the harness records the violation', async () => {
    const page = await browser.open('/pratiques/cafes-parents-ados/');
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expectRecordedViolation('script-src');
    // Requests still in flight (the favicon) would fail once the page closes: stop intercepting first.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('on a host that ignores _headers, the <meta> policy alone still blocks an inline script', async () => {
    const page = await browser.open('/');
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const reloaded = await page.reload();
    expect(reloaded?.headers()['content-security-policy']).toBeUndefined();
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expectRecordedViolation('script-src');
  });

  test('an injected style attribute is not applied, and the harness records the violation', async () => {
    const page = await browser.open('/');
    const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.evaluate(() => document.body.setAttribute('style', 'background-color: rgb(255, 0, 0)'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(before);
    await expectRecordedViolation('style-src');
  });

  test('search runs Pagefind, its WebAssembly and its worker under the policy without a violation', async () => {
    const page = await browser.open('/recherche/?q=parents');
    await expect.poll(() => page.locator('.result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
  });
});
