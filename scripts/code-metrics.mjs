#!/usr/bin/env node
/**
 * Prints figures about the code itself, to compare before and after a restructuring (`npm run metrics`):
 * type casts in src/, places that spell out the list of taxonomies or of kinds, files that name one field,
 * and file lengths.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const codeExtensions = /\.(ts|mjs|js|astro)$/;
const skipped = new Set(['node_modules', 'dist', '.astro', '.cms', '.tmp', 'test-results']);

function filesUnder(folder) {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (skipped.has(name)) return [];
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path);
    return codeExtensions.test(name) ? [path] : [];
  });
}

/** Returns the TypeScript of a file: an .astro file's front matter and inline scripts, or the whole file. */
function scriptOf(path, text) {
  if (!path.endsWith('.astro')) return text;
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontMatter, ...scripts].join('\n');
}

function sourceOf(path) {
  const text = readFileSync(join(root, path), 'utf8');
  return { text, source: ts.createSourceFile(path, scriptOf(path, text), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) };
}

function walk(node, visit) {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function countCasts(source) {
  let casts = 0;
  walk(source, (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const isConst = ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const';
      if (!isConst) casts++;
    }
  });
  return casts;
}

/** Names a list-like node spells out: array items, object keys, union or tuple members. */
function memberNames(node, source) {
  const name = (n) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal)) return n.literal.text;
    if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isPropertySignature(n)) && n.name) return n.name.getText(source).replace(/['"]/g, '');
    return undefined;
  };
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(name);
  if (ts.isObjectLiteralExpression(node)) return node.properties.map(name);
  if (ts.isTypeLiteralNode(node) || ts.isInterfaceDeclaration(node)) return node.members.map(name);
  if (ts.isUnionTypeNode(node) || ts.isTupleTypeNode(node)) return (node.types ?? node.elements).map(name);
  return [];
}

function countLists(source, wanted) {
  let places = 0;
  walk(source, (node) => {
    const names = new Set(memberNames(node, source));
    if (wanted.every((name) => names.has(name))) places++;
  });
  return places;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const self = relative(root, new URL(import.meta.url).pathname);
const codeFiles = ['src', 'cms', 'scripts'].flatMap(filesUnder).filter((path) => path !== self);
const parsed = new Map(codeFiles.map((path) => [path, sourceOf(path)]));
const srcFiles = codeFiles.filter((path) => path.startsWith('src/'));

const casts = srcFiles.reduce((sum, path) => sum + countCasts(parsed.get(path).source), 0);
const taxonomyList = ['themes', 'audiences', 'regions', 'evidence'];
const kindList = ['fiche', 'outil', 'modele'];
const collectionList = ['fiches', 'outils', 'modeles'];
const listPlaces = (wanted) => {
  const files = codeFiles.map((path) => [path, countLists(parsed.get(path).source, wanted)]).filter(([, n]) => n > 0);
  return { places: files.reduce((sum, [, n]) => sum + n, 0), files: files.map(([path]) => path) };
};
const filesNaming = (word) => codeFiles.filter((path) => new RegExp(`\\b${word}\\b`).test(parsed.get(path).text)).map((path) => relative('.', path));
const lengths = codeFiles.map((path) => parsed.get(path).text.split('\n').length);
const longest = codeFiles.reduce((best, path, i) => (lengths[i] > best.lines ? { path, lines: lengths[i] } : best), { path: '', lines: 0 });

const taxonomies = listPlaces(taxonomyList);
const kinds = listPlaces(kindList);
const collections = listPlaces(collectionList);
const lines = [
  `Fichiers de code lus (src/, cms/, scripts/) : ${codeFiles.length}`,
  `Conversions de type « as » dans src/ (hors « as const ») : ${casts}`,
  `Listes des quatre taxonomies écrites à la main : ${taxonomies.places} endroits dans ${taxonomies.files.length} fichiers`,
  ...taxonomies.files.map((path) => `  ${path}`),
  `Listes des types de contenu (fiche, outil, modele) écrites à la main : ${kinds.places} endroits dans ${kinds.files.length} fichiers`,
  ...kinds.files.map((path) => `  ${path}`),
  `Listes des collections (fiches, outils, modeles) écrites à la main : ${collections.places} endroits dans ${collections.files.length} fichiers`,
  ...collections.files.map((path) => `  ${path}`),
  ...['groupSize', 'duration', 'evidence', 'preuve', 'Niveau de preuve'].map((word) => `Fichiers qui nomment « ${word} » : ${filesNaming(word).length}`),
  `Longueur des fichiers : médiane ${median(lengths)} lignes, la plus grande ${longest.lines} lignes (${longest.path})`,
];
console.log(lines.join('\n'));
