// Weight of a built page as a first-time visitor downloads it: HTML plus the CSS it links, gzipped,
// and every script it would run before any interaction.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Returns the built file behind a site path. */
function fileOf(distDir, sitePath) {
  const clean = sitePath.split(/[?#]/)[0];
  return clean.endsWith('/') ? join(distDir, clean, 'index.html') : join(distDir, clean);
}

/**
 * Adds to `scripts` (site URLs) the modules they import statically, which the browser loads before running
 * them; a dynamic `import()` waits for an interaction and is not counted.
 */
function withStaticImports(distDir, scripts) {
  const all = new Set(scripts);
  for (const url of all) {
    if (url.startsWith('inline:') || !url.startsWith('/')) continue;
    const code = readFileSync(fileOf(distDir, url), 'utf8');
    for (const [, target] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) all.add(posix.join(posix.dirname(url), target));
  }
  return [...all];
}

/**
 * Returns { htmlGzip, cssGzip, totalGzip, stylesheets, scripts } for the page at `sitePath` in `distDir`.
 * `scripts` lists external script URLs, the modules they import, and inline scripts (as "inline:<bytes>") that run on load.
 */
export function pageWeight(distDir, sitePath) {
  const file = fileOf(distDir, sitePath);
  if (!existsSync(file)) throw new Error(`Page introuvable dans ${distDir} : ${sitePath}. Lancez d’abord « npm run build ».`);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const stylesheets = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])[1]);
  const cssGzip = stylesheets.reduce((sum, href) => sum + gzipBytes(readFileSync(fileOf(distDir, href))), 0);
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, attrs, body]) => /src="([^"]+)"/.exec(attrs)?.[1] ?? `inline:${Buffer.byteLength(body)}`);
  const preloads = [...text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const htmlGzip = gzipBytes(html);
  return { htmlGzip, cssGzip, totalGzip: htmlGzip + cssGzip, stylesheets, scripts: withStaticImports(distDir, [...scripts, ...preloads]) };
}
