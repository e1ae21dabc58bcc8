// Opens content files and saves them unchanged with Decap CMS's own format code, in plain Node.
// Run with `node --import ./tests/decap/register.mjs tests/decap/save-unchanged-cli.mjs`; reads a JSON
// request on stdin ({ root, collections, files, keepFolding }) and prints, as JSON, what Decap would write.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromJS } from 'immutable';
import { resolveFormat } from 'decap-cms-core/dist/esm/formats/formats.js';
import { disableFolding } from '../../cms/yaml/fold.ts';
import { removeEmptyValues } from '../../cms/entry-cleanup.ts';

const request = JSON.parse(readFileSync(0, 'utf8'));

// The `yaml` module decap-cms-core imports (its own 1.x copy): the bundle of /admin/ turns folding off
// on it (cms/yaml/), and so does this script unless asked to keep Decap's defaults.
const decapRequire = createRequire(createRequire(import.meta.url).resolve('decap-cms-core/package.json'));
if (!request.keepFolding) disableFolding(decapRequire('yaml'));

/** Returns the collection (and, for a file collection, the file) a repository path belongs to. */
function collectionOf(path) {
  for (const collection of request.collections) {
    if (collection.folder && path.startsWith(`${collection.folder}/`)) return { collection, fields: collection.fields };
    const file = collection.files?.find((candidate) => candidate.file === path);
    if (file) return { collection, fields: file.fields };
  }
  throw new Error(`Aucune collection du CMS ne contient ${path}.`);
}

const results = request.files.map((path) => {
  const raw = readFileSync(join(request.root, path), 'utf8');
  const { collection, fields } = collectionOf(path);
  // What Backend.entryWithFormat does on opening: pick the collection's format and parse the file.
  const format = resolveFormat(fromJS(collection), { path });
  // Decap's store holds entry data as Immutable.js; our preSave handler (cms/main.ts) runs before writing.
  const data = removeEmptyValues(fromJS(format.fromFile(raw)));
  // What Backend.entryToRaw does on saving (backend.js itself needs a DOM to load): write the data with
  // the keys in the order of the config's fields, then end the file with a newline.
  let output = format.toFile(
    data.toJS(),
    fields.map((field) => field.name),
    {},
  );
  if (!output.endsWith('\n')) output += '\n';
  return { path, output };
});

process.stdout.write(JSON.stringify(results));
