// Launches the machine's Chromium through playwright-core. No test tool downloads a browser here.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the path of a Chromium to drive; a missing browser is an error that says how to get one. */
export function chromiumPath() {
  const found = candidates.find((path) => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium est introuvable. Installez-le (Debian : « apt-get install chromium ») ou indiquez son chemin dans CHROMIUM_PATH. ' +
        'Les tests de navigateur ne sont jamais sautés.',
    );
  }
  return found;
}

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  };
}

/** Launches Chromium with `chromiumLaunchOptions()`. */
export function launchChromium() {
  return chromium.launch(chromiumLaunchOptions());
}
