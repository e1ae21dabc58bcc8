// Checks a built site: every internal href and src resolves, anchors exist, attachments are under the size
// limit, no page carries an event-handler attribute or a javascript: address, nor anything after its </html>. Used by `npm run check:site` and the build tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attachmentMaxBytes, formatFileSize } from '../../src/lib/files';
import { findUnsafeAttributes } from '../../src/lib/safety/rendered-html';
import { afterHtmlEnd } from '../../src/lib/html-end';
import { fileFor } from './static-server.mjs';

export interface SiteCheck {
  /** Number of HTML pages read. */
  pages: number;
  /** One French line per problem: `/page/ : problem`. */
  problems: string[];
}

const externalUrl = /^(https?:|mailto:|tel:)/;

/** Returns every file under `dir`, recursively, as absolute paths. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Returns the problems of the site built in `siteDir`. */
export function checkSite(siteDir: string, maxAttachmentBytes = attachmentMaxBytes): SiteCheck {
  const pages = listFiles(siteDir).filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const problems: string[] = [];
  const oversized = new Set<string>();
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const from = `/${relative(siteDir, file)}`;
    for (const unsafe of findUnsafeAttributes(html)) problems.push(`${from} : code interdit dans la page (${unsafe})`);
    const trailing = afterHtmlEnd(html);
    if (trailing) problems.push(`${from} : du contenu suit la fin de la page (</html>) : « ${trailing} » ; placez-le dans la mise en page (<Base>)`);
    for (const [, attribute, url] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (!url || externalUrl.test(url)) continue;
      if (!url.startsWith('/') && !url.startsWith('#')) {
        problems.push(`${from} : ${attribute}="${url}" est un lien relatif ; écrivez un chemin qui commence par /`);
        continue;
      }
      const [path, hash] = url.split('#') as [string, string | undefined];
      const target = path ? fileFor(path, siteDir) : file;
      if (!target) {
        problems.push(`${from} : ${attribute}="${url}" ne mène à aucun fichier du site`);
      } else if (hash && !hash.startsWith('/') && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
        problems.push(`${from} : ${attribute}="${url}" vise une ancre absente de la page`);
      } else if (path.startsWith('/fichiers/') && !oversized.has(path)) {
        const bytes = statSync(target).size;
        if (bytes > maxAttachmentBytes) {
          oversized.add(path);
          problems.push(`${from} : la pièce jointe ${path} pèse ${formatFileSize(bytes)}, au-delà de la limite de ${formatFileSize(maxAttachmentBytes)}`);
        }
      }
    }
  }
  return { pages: pages.length, problems };
}
