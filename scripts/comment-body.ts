// `node scripts/comment-body.ts <report.md>`: in pr-comment.yml, prints the comment to post from the report a
// « Proposition » run wrote: untrusted text (the proposal may have changed the script that wrote it), read up to
// a bound, cut to what GitHub accepts, with no mention nor issue reference. Runs with Node alone.
// With PREVIEW_DOMAIN (GitHub Pages hosts) and HEAD_SHA, the preview's address follows the report: the one
// preview-deploy.yml publishes that commit's preview at.
import { closeSync, openSync, readSync } from 'node:fs';
import { commentBody, maxCommentLength, previewNote } from '../src/lib/review/comment.ts';
import { previewAddress } from './lib/preview-status.mjs';

/** The preview's line, or nothing when there is no preview on Cloudflare Pages or its setting is wrong (then a warning in the run). */
function previewLine(): string {
  const domain = process.env.PREVIEW_DOMAIN;
  if (!domain) return '';
  try {
    return previewNote(previewAddress(domain, process.env.HEAD_SHA ?? '', []));
  } catch (error) {
    console.error(`::warning::${error instanceof Error ? error.message : String(error)} L’adresse de l’aperçu n’est pas dans le commentaire.`);
    return '';
  }
}

const file = process.argv[2];
if (!file) {
  console.error('Indiquez le rapport : node scripts/comment-body.ts rapport.md');
  process.exit(2);
}
try {
  // A character takes at most 4 bytes in UTF-8: more than this cannot fit in the comment anyway.
  const buffer = Buffer.alloc(4 * maxCommentLength + 4);
  const fd = openSync(file, 'r');
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  process.stdout.write(commentBody(buffer.subarray(0, length).toString('utf8')) + previewLine());
} catch (error) {
  console.error(`Rapport de relecture illisible (${file}) : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
