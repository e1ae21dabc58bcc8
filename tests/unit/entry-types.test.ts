import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const assertions = resolve(root, 'tests/types/entry-types.ts');
const schemaFile = resolve(root, 'src/schema/collections.ts');

/** Type-checks tests/types/entry-types.ts with the project's settings, the schema's text replaced by `schema`; returns the errors. */
function typeErrors(schema: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json illisible');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === schemaFile ? schema : readFile(file));
  const program = ts.createProgram({ rootNames: [assertions], options: { ...config.options, noEmit: true }, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && resolve(diagnostic.file.fileName) === assertions)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('entry types follow the field descriptors', () => {
  const schema = readFileSync(schemaFile, 'utf8');

  test('the shipped schema gives the types the code expects', { timeout: 120_000 }, () => {
    expect(typeErrors(schema)).toEqual([]);
  });

  test('renaming a field in the schema breaks the code that reads it', { timeout: 120_000 }, () => {
    const renamed = schema.replace("name: 'groupSize'", "name: 'groupSizes'");
    expect(renamed).not.toBe(schema);
    const errors = typeErrors(renamed);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/groupSize/);
  });
});
