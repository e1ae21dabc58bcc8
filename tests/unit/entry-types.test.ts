// `npm run check` already type-checks tests/types/entry-types.ts against the shipped schema: this file only proves
// that the check can fail, with one TypeScript program built on a schema with a renamed field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const assertions = resolve(root, 'tests/types/entry-types.ts');
const schemaFile = resolve(root, 'src/schema/collections.ts');

/** Type-checks tests/types/entry-types.ts with the project's settings (less the DOM), the schema's text replaced by `schema`; returns its errors as `line: message`. */
function typeErrors(schema: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json illisible');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === schemaFile ? schema : readFile(file));
  // Without the DOM's declarations (two thirds of the parsing): the entry types use none, and a missing one would be an extra error.
  const program = ts.createProgram({ rootNames: [assertions], options: { ...config.options, lib: ['lib.esnext.d.ts'], noEmit: true }, host });
  const file = program.getSourceFile(assertions)!;
  // Only this file's diagnostics: the checker resolves just the types it reads, not the whole program.
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
    (diagnostic) => `${file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
  );
}

describe('entry types follow the field descriptors', () => {
  test('renaming a field in the schema breaks the code that reads it, and nothing else', { timeout: 120_000 }, () => {
    const schema = readFileSync(schemaFile, 'utf8');
    const renamed = schema.replace("name: 'groupSize'", "name: 'groupSizes'");
    expect(renamed).not.toBe(schema);
    // Exactly one error, on the line reading the old name: an error from elsewhere would mean this program is not the project's.
    const line =
      readFileSync(assertions, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes("Sheet['groupSize']")) + 1;
    expect(typeErrors(renamed)).toEqual([expect.stringMatching(new RegExp(`^${line}: .*groupSize`))]);
  });
});
