// `node scripts/comment-body.ts <report.md>`: in pr-comment.yml, prints the comment to post from the report a
// « Proposition » run wrote: untrusted text (the proposal may have changed the script that wrote it), read up to
// a bound, cut to what GitHub accepts, with no mention nor issue reference. Runs with Node alone.
import { closeSync, openSync, readSync } from 'node:fs';
import { commentBody, maxCommentLength } from '../src/lib/review/comment.ts';

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
  process.stdout.write(commentBody(buffer.subarray(0, length).toString('utf8')));
} catch (error) {
  console.error(`Rapport de relecture illisible (${file}) : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
