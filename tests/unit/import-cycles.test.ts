import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Returns the project files a module imports at run time (`import type` left out), resolved to .ts files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((statement) => {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) return [];
    const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (typeOnly || !specifier.startsWith('.')) return [];
    const target = resolve(dirname(file), specifier);
    return [`${target}.ts`, join(target, 'index.ts'), target].filter((candidate) => candidate.endsWith('.ts') && existsSync(candidate)).slice(0, 1);
  });
}

/** Returns every import cycle among `files`, each as the list of files it goes through. */
function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next].map((path) => relative(root, path)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('modules', () => {
  test('src/ has no import cycle (schema, lib and validation import one another one way)', () => {
    expect(cycles(sources(join(root, 'src')))).toEqual([]);
  });

  test('the cycle finder finds a cycle', () => {
    const folder = join(root, 'tests/fixtures/import-cycle');
    expect(cycles(sources(folder))).toEqual([['tests/fixtures/import-cycle/a.ts', 'tests/fixtures/import-cycle/b.ts', 'tests/fixtures/import-cycle/a.ts']]);
  });
});
