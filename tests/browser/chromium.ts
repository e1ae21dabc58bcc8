import type { BrowserContext, Page } from 'playwright-core';

export { launchChromium } from '../../scripts/lib/chromium.mjs';

/**
 * On localhost, Decap CMS first asks whether decap-server (`npm run cms`) answers at /api/v1/, and falls
 * back to its GitHub backend when it does not. Static test servers have no decap-server, so that one
 * probe gets a 404; visitors on the real host never send it. Nothing else is forgiven.
 */
function isLocalBackendProbe(url: string): boolean {
  return url !== '' && new URL(url).pathname === '/api/v1/';
}

/** Records console errors, page errors and failed or 4xx/5xx requests of a page into `problems`, to fail tests on any of them. */
export function watchProblems(page: Page, problems: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error' && !isLocalBackendProbe(message.location().url)) problems.push(`console : ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`erreur JavaScript : ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page aborts its pending requests (the favicon, typically): that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requête échouée : ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isLocalBackendProbe(response.url())) problems.push(`réponse ${response.status()} : ${response.url()}`);
  });
  return problems;
}

/**
 * Records every Content Security Policy violation in the context's pages into `problems`, from the
 * `securitypolicyviolation` event itself, so that no violation goes unseen even if the console stays quiet.
 */
export async function watchPolicyViolations(context: BrowserContext, problems: string[]): Promise<void> {
  await context.exposeFunction('__recordPolicyViolation', (text: string) => problems.push(`violation de la politique de sécurité : ${text}`));
  // Init scripts come from the browser's debugging protocol, which the page's own policy does not govern.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as { __recordPolicyViolation: (text: string) => void }).__recordPolicyViolation;
      record(`${event.effectiveDirective} a bloqué ${event.blockedURI || 'du code en ligne'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}
