import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lib/safety/body-rules';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { buildSite, listFiles, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-hostile-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
const hostileDir = join(root, 'tests', 'fixtures', 'hostile');
const hostile = readdirSync(hostileDir).filter((name) => name.endsWith('.mdx')).sort();
let result: { status: number | null; output: string };

// A valid sheet's front matter: each hostile body is published under it, so only the body can fail the build.
const sheet = readFileSync(join(root, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
const { bodyLine } = splitFrontMatter(sheet, 'mentorat-entre-pairs.mdx');
const frontMatter = sheet.split('\n').slice(0, bodyLine - 1).join('\n');

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const name of hostile) writeFileSync(join(content, 'fiches', `piege-${name}`), `${frontMatter}\n${readFileSync(join(hostileDir, name), 'utf8')}`);
  // Unreadable files, in the same build: each must be named too.
  writeFileSync(join(content, 'fiches', 'fiche-vide.mdx'), '');
  writeFileSync(join(content, 'fiches', 'Atelier de cuisine.mdx'), sheet);
  writeFileSync(join(content, 'fiches', 'fiche-enorme.mdx'), `${sheet}\n${'Un paragraphe. '.repeat(350_000)}`);
  writeFileSync(join(content, 'fiches', 'fiche-yaml.mdx'), sheet.replace(/^title: (.*)$/m, 'title: "$1'));
  writeFileSync(join(content, 'fiches', 'fiche-date.mdx'), sheet.replace(/^reviewed: .*$/m, 'reviewed: 2024-02-30'));
  result = buildSite(outDir, content, join(work, 'cache'));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a library with hostile and unreadable files', () => {
  test('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  test.each(hostile)('names piege-%s with each of its problems, at its line in the file', (name) => {
    const problems = checkBody(readFileSync(join(hostileDir, name), 'utf8'));
    for (const problem of problems) {
      expect(result.output).toContain(`fiches/piege-${name}:${problem.line + bodyLine - 1} — corps du texte : ${problem.problem}.`);
    }
  });

  test('names each unreadable or invalid file with what to do', () => {
    expect(result.output).toContain('fiches/fiche-vide.mdx — fichier : le fichier est vide.');
    expect(result.output).toContain('fiches/Atelier de cuisine.mdx — nom du fichier : le nom « Atelier de cuisine.mdx » contient des espaces et des majuscules, et il devient l’adresse de la page. Correction : Renommez le fichier « atelier-de-cuisine.mdx ».');
    expect(result.output).toMatch(/fiches\/fiche-enorme\.mdx — fichier : trop volumineux \(5,\d Mo ; la limite est de 1 Mo\)/);
    expect(result.output).toContain('fiches/fiche-date.mdx:25 — champ « Dernière révision » (reviewed) : le 2024-02-30 n’existe pas au calendrier. Correction : Vérifiez le jour et le mois.');
    expect(result.output).toContain('fiches/fiche-yaml.mdx:2 — en-tête : guillemet " ouvert et jamais fermé. Correction : Fermez le guillemet à la fin de la valeur, ou retirez-le.');
  });

  test('prints French messages, not a stack trace', () => {
    expect(result.output).toContain('problèmes à corriger avant de publier (aucune page n’a été construite)');
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  test('writes no page at all, so no payload can be published', () => {
    const written = existsSync(outDir) ? listFiles(outDir) : [];
    expect(written.filter((file) => /\.(html|xml|json)$/.test(file))).toEqual([]);
  });
});
