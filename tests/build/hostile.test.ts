// One failing build (issue 25): a refused library publishes nothing, and the build names every problem at its line.
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkBody, type BodyRule } from '../../src/lib/safety/body-rules';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { uploadRefusal } from '../../src/lib/safety/uploads';
import { formatProblem } from '../../src/lib/validation/problem';
import { symlinkProblem } from '../../src/lib/validation/uploads';
import { hostileUploadsDir, machineSecret, plantHostileUploads, type Planted } from './hostile-uploads';
import { buildSite, listFiles, root } from './site';

const work = mkdtempSync(join(tmpdir(), 'carrefour-hostile-'));
const content = join(work, 'content');
const publicDir = join(work, 'public');
const outDir = join(work, 'dist');
let planted: Planted;
const hostileDir = join(root, 'tests', 'fixtures', 'hostile');
const hostile = readdirSync(hostileDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
let result: { status: number | null; output: string };

/**
 * What each fixture hides, and a snippet of the line where it starts: the rule that must catch it there.
 * A fixture added to the folder must be listed here, and must be caught.
 */
const traps: Record<string, { rule: BodyRule; at: string }> = {
  '01-script.mdx': { rule: 'forbidden-tag', at: '<script>' },
  '02-script-mixed-case.mdx': { rule: 'forbidden-tag', at: '<ScRiPt>' },
  '03-script-multiline.mdx': { rule: 'forbidden-tag', at: '<script' },
  '04-style.mdx': { rule: 'forbidden-tag', at: '<style>' },
  '05-iframe.mdx': { rule: 'forbidden-tag', at: '<iframe' },
  '06-object.mdx': { rule: 'forbidden-tag', at: '<object' },
  '07-embed.mdx': { rule: 'forbidden-tag', at: '<embed' },
  '08-form.mdx': { rule: 'forbidden-tag', at: '<form' },
  '09-base.mdx': { rule: 'forbidden-tag', at: '<base' },
  '10-meta-refresh.mdx': { rule: 'forbidden-tag', at: '<meta' },
  '11-img-onerror.mdx': { rule: 'event-handler', at: 'onerror=' },
  '12-svg-onload-slash.mdx': { rule: 'event-handler', at: '/onload=' },
  // The handler sits three lines below: a problem in a tag is reported where the tag opens.
  '13-event-handler-newlines.mdx': { rule: 'event-handler', at: '<div' },
  '14-link-javascript.mdx': { rule: 'forbidden-url', at: '](javascript:' },
  '15-link-javascript-mixed-case.mdx': { rule: 'forbidden-url', at: '](JaVaScRiPt:' },
  '16-link-entity-decimal.mdx': { rule: 'forbidden-url', at: '](&#106;avascript' },
  '17-link-entity-hex-colon.mdx': { rule: 'forbidden-url', at: '&#x6A;&#x61;vascript&colon;' },
  '18-link-tab-in-scheme.mdx': { rule: 'forbidden-url', at: 'java&#9;script:' },
  '19-link-vbscript.mdx': { rule: 'forbidden-url', at: '](vbscript:' },
  '20-image-data-uri.mdx': { rule: 'forbidden-url', at: '](data:' },
  '21-image-javascript-source.mdx': { rule: 'forbidden-url', at: '](javascript:' },
  '22-reference-definition.mdx': { rule: 'forbidden-url', at: '[guide]: javascript:' },
  '23-reference-definition-title.mdx': { rule: 'code-in-text', at: 'onmouseover' },
  '24-link-title-injection.mdx': { rule: 'code-in-text', at: '<script>' },
  '25-import.mdx': { rule: 'esm', at: 'import Secret' },
  '26-export.mdx': { rule: 'esm', at: 'export const' },
  '27-expression-env.mdx': { rule: 'expression', at: '{process.env' },
  '28-expression-flow.mdx': { rule: 'expression', at: '{' },
  '29-component-spread.mdx': { rule: 'dynamic-attribute', at: '{...props}' },
  '30-component-unknown.mdx': { rule: 'component', at: '<Carte' },
  '31-nested-list-anchor.mdx': { rule: 'forbidden-url', at: 'href="javascript:' },
  '32-nested-blockquote-iframe.mdx': { rule: 'forbidden-tag', at: '<iframe' },
  '33-html-comment.mdx': { rule: 'raw-html', at: '<!--' },
  '34-anchor-href-entities.mdx': { rule: 'forbidden-url', at: 'href="&#106;avascript' },
  '35-jsx-attribute-expression.mdx': { rule: 'expression', at: 'href={' },
  '36-table-cell-object.mdx': { rule: 'forbidden-tag', at: '<object' },
  '37-autolink-javascript.mdx': { rule: 'forbidden-url', at: '<javascript:' },
  '38-image-in-link-onerror.mdx': { rule: 'event-handler', at: 'onerror=' },
  '39-closing-main.mdx': { rule: 'raw-html', at: '</main>' },
  '40-cdata.mdx': { rule: 'raw-html', at: '<![CDATA[' },
};

/** Returns the 1-based number of the first line of `text` that `matches` (0 when none does). */
const lineWhere = (text: string, matches: (line: string) => boolean) => text.split('\n').findIndex(matches) + 1;

/** Returns a fixture's text, its trap and the line of the fixture where the trap starts. */
function readTrap(name: string) {
  const text = readFileSync(join(hostileDir, name), 'utf8');
  const trap = traps[name];
  expect(trap, `${name} : décrivez son piège dans « traps »`).toBeDefined();
  const line = lineWhere(text, (at) => at.includes(trap!.at));
  expect(line, `« ${trap!.at} » absent de ${name}`).toBeGreaterThan(0);
  return { text, trap: trap!, line };
}

// A valid sheet's front matter: each hostile body is published under it, so only the body can fail the build.
const sheet = readFileSync(join(root, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
const { bodyLine } = splitFrontMatter(sheet, 'mentorat-entre-pairs.mdx');
const frontMatter = sheet
  .split('\n')
  .slice(0, bodyLine - 1)
  .join('\n');

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const name of hostile) writeFileSync(join(content, 'fiches', `piege-${name}`), `${frontMatter}\n${readFileSync(join(hostileDir, name), 'utf8')}`);
  // Unreadable files, in the same build: each must be named too.
  writeFileSync(join(content, 'fiches', 'fiche-vide.mdx'), '');
  writeFileSync(join(content, 'fiches', 'Atelier de cuisine.mdx'), sheet);
  writeFileSync(join(content, 'fiches', 'fiche-enorme.mdx'), `${sheet}\n${'Un paragraphe. '.repeat(350_000)}`);
  writeFileSync(join(content, 'fiches', 'fiche-yaml.mdx'), sheet.replace(/^title: (.*)$/m, 'title: "$1'));
  writeFileSync(join(content, 'fiches', 'fiche-date.mdx'), sheet.replace(/^reviewed: .*$/m, 'reviewed: 2024-02-30'));
  // Hostile uploads and links out of the repository, in the same build (a copy of public/ holds them).
  cpSync(join(root, 'public'), publicDir, { recursive: true });
  planted = plantHostileUploads(publicDir, content, join(work, 'ailleurs'));
  result = buildSite(outDir, { contentDir: content, cacheDir: join(work, 'cache'), publicDir, by: 'hostile' });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a library with hostile and unreadable files', () => {
  test('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  test('every fixture of the folder names its trap, and every trap has its fixture', () => {
    expect(hostile.length).toBeGreaterThan(0);
    expect(Object.keys(traps).sort()).toEqual(hostile);
  });

  test.each(hostile)('the rules catch the trap of %s, at its line', (name) => {
    const problems = checkBody(readFileSync(join(hostileDir, name), 'utf8'));
    expect(problems.length, `aucun problème trouvé dans ${name}`).toBeGreaterThan(0);
    const { trap, line } = readTrap(name);
    expect(problems.map((problem) => `${problem.line} ${problem.rule}`)).toContain(`${line} ${trap.rule}`);
  });

  test.each(hostile)('the build names piege-%s with each of its problems, at its line in the file', (name) => {
    const file = `fiches/piege-${name}`;
    expect(result.output, `la construction ne nomme pas ${file}`).toContain(`${file}:`);
    const { text, line } = readTrap(name);
    expect(result.output).toContain(`${file}:${line + bodyLine - 1} — corps du texte : `);
    for (const problem of checkBody(text)) {
      expect(result.output).toContain(`${file}:${problem.line + bodyLine - 1} — corps du texte : ${problem.problem}.`);
    }
  });

  test('names each unreadable or invalid file with what to do', () => {
    expect(result.output).toContain('fiches/fiche-vide.mdx — fichier : le fichier est vide.');
    expect(result.output).toContain(
      'fiches/Atelier de cuisine.mdx — nom du fichier : le nom « Atelier de cuisine.mdx » contient des espaces et des majuscules, et il devient l’adresse de la page. Correction : Renommez le fichier « atelier-de-cuisine.mdx ».',
    );
    expect(result.output).toMatch(/fiches\/fiche-enorme\.mdx — fichier : trop volumineux \(5,\d Mo ; la limite est de 1 Mo\)/);
    expect(result.output).toContain(
      `fiches/fiche-date.mdx:${lineWhere(sheet, (line) => line.startsWith('reviewed: '))} — champ « Dernière révision » (reviewed) : le 2024-02-30 n’existe pas au calendrier. Correction : Vérifiez le jour et le mois.`,
    );
    expect(result.output).toContain(
      `fiches/fiche-yaml.mdx:${lineWhere(sheet, (line) => line.startsWith('title: '))} — en-tête : guillemet " ouvert et jamais fermé. Correction : Fermez le guillemet à la fin de la valeur, ou retirez-le.`,
    );
  });

  test('prints French messages, not a stack trace', () => {
    expect(result.output).toContain('problèmes à corriger avant de publier (aucune page n’a été construite)');
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  test('names each hostile upload with what is wrong and how to fix it', () => {
    for (const path of planted.uploads) {
      const refusal = uploadRefusal(path, readFileSync(join(hostileUploadsDir, path.split('/').pop()!)))!;
      const message = formatProblem({ severity: 'error', file: `public/${path}`, subject: 'fichier téléversé', ...refusal });
      expect(result.output, `la construction ne refuse pas ${path}`).toContain(message);
    }
  });

  test('names each symbolic link, in the public folder and among the sheets, and never follows it', () => {
    expect(result.output).toContain(formatProblem(symlinkProblem(`public/${planted.publicLink}`)));
    expect(result.output).toContain(formatProblem(symlinkProblem(`content/${planted.contentLink}`)));
    expect(result.output).not.toContain(machineSecret);
  });

  test('copies nothing of the hostile uploads, the links or the secret to the output folder', () => {
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true, withFileTypes: true }).map((entry) => join(entry.parentPath, entry.name)) : [];
    const names = new Set([...planted.uploads, planted.publicLink].map((path) => path.split('/').pop()));
    expect(written.filter((path) => names.has(path.split('/').pop()) || path.includes('piege') || path.includes('fiche-liee'))).toEqual([]);
    for (const path of written.filter((path) => lstatSync(path).isFile())) expect(readFileSync(path, 'utf8'), path).not.toContain(machineSecret);
  });

  test('writes no page at all, so no payload can be published', () => {
    const written = existsSync(outDir) ? listFiles(outDir) : [];
    expect(written.filter((file) => /\.(html|xml|json)$/.test(file))).toEqual([]);
  });
});
