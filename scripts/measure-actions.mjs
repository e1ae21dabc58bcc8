// Where a phone reader finds what a page lets them act on: the y-position (CSS px, from the top of the page)
// of the first download link and of the organization's e-mail link, at 390 px wide, for every sheet, tool
// and model of a built site, longest page first.
// Usage: node scripts/measure-actions.mjs [dist]
/* global document, window -- the page callbacks run in Chromium */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { serveSite } from './lib/static-server.mjs';

const dir = process.argv[2] ?? 'dist';
const paths = ['pratiques', 'outils', 'modeles'].flatMap((route) =>
  readdirSync(join(dir, route), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['theme', 'region', 'public', 'preuve', 'organisme', 'type'].includes(entry.name) && !/^\d+$/.test(entry.name))
    .map((entry) => `/${route}/${entry.name}/`),
);
const server = await serveSite(dir);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const rows = [];
for (const path of paths) {
  await page.goto(`${server.url}${path}`);
  rows.push(
    await page.evaluate((path) => {
      const top = (selector) => {
        const element = document.querySelector(selector);
        return element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : null;
      };
      return { path, height: document.documentElement.scrollHeight, file: top('main a[download]'), contact: top('main a[href^="mailto:"]') };
    }, path),
  );
}
await browser.close();
await server.close();
rows.sort((a, b) => b.height - a.height);
console.log('page\thauteur\tfichier\tcourriel');
for (const { path, height, file, contact } of rows) console.log(`${path}\t${height}\t${file ?? '—'}\t${contact ?? '—'}`);
