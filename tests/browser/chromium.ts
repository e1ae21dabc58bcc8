import type { Page } from 'playwright-core';

export { launchChromium } from '../../scripts/lib/chromium.mjs';

/** Records console errors, page errors and failed or 4xx/5xx requests of a page, to fail tests on any of them. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console : ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page aborts its pending requests (the favicon, typically): that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requête échouée : ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`réponse ${response.status()} : ${response.url()}`);
  });
  return problems;
}
