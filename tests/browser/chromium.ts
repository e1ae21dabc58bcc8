import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the path of a Chromium to drive; a missing browser is an error that says how to get one. */
export function chromiumPath(): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium est introuvable. Installez-le (Debian : « apt-get install chromium ») ou indiquez son chemin dans CHROMIUM_PATH. ' +
        'Les tests de navigateur ne sont jamais sautés.',
    );
  }
  return found;
}

/** Launches headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

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
