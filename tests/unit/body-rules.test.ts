import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { allowedComponents, checkBody, checkBodyFully, mayBreakRules } from '../../src/lib/safety/body-rules';

const root = join(import.meta.dirname, '..', '..');
const hostileDir = join(root, 'tests', 'fixtures', 'hostile');
const hostile = readdirSync(hostileDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
const described = (body: string) => checkBody(body).map((p) => `${p.line} ${p.rule} — ${p.problem}`);

describe('checkBody on ordinary Markdown', () => {
  test('accepts headings, lists, tables, emphasis, quotes, code, footnotes and safe links', () => {
    const body = [
      '## Objectifs',
      '',
      '- Un point avec **gras**, *italique* et `code`;',
      '1. [Une page du site](/pratiques/mentorat-entre-pairs/), [un site](https://exemple.org "Titre"), [un courriel](mailto:info@exemple.org), [un téléphone](tel:+15555550100)',
      '',
      '> Une citation, 5 < 10 et 3 > 2.',
      '',
      '| Étape | Durée |',
      '| --- | --- |',
      '| Accueil | 15 min |',
      '',
      '![Six jeunes en canot](/images/fiches/canot.svg)',
      '',
      'Une note[^1] et une adresse www.exemple.org.',
      '',
      '[^1]: Le détail de la note.',
      '',
      '```',
      'du code affiché tel quel',
      '```',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
  });

  test('accepts every body of the shipped library', () => {
    for (const folder of ['fiches', 'outils', 'modeles', 'pages']) {
      for (const name of readdirSync(join(root, 'content', folder))) {
        const { body } = splitFrontMatter(readFileSync(join(root, 'content', folder, name), 'utf8'), name);
        expect(checkBody(body), `${folder}/${name}`).toEqual([]);
      }
    }
  });

  test('allows no component: the allowlist is empty until the renderer can render one safely', () => {
    expect(allowedComponents).toEqual([]);
  });

  test('tells how to write an autolink or a literal brace', () => {
    expect(checkBody('<https://exemple.org>')[0]?.fix).toBe('écrivez le lien sous la forme [texte](https://…), ou l’adresse seule, sans les signes < et >.');
    expect(checkBody('a {b} c')[0]?.fix).toBe('retirez les accolades ; pour afficher une accolade, écrivez \\{.');
  });
});

describe('checkBody on the hostile corpus (tests/fixtures/hostile/)', () => {
  test('the corpus has at least 30 files', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  test.each(hostile)('%s is rejected with a precise message, not a syntax complaint', (name) => {
    const problems = checkBody(readFileSync(join(hostileDir, name), 'utf8'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.rule)).not.toContain('syntax');
  });

  test('each file gets the message that names its trick, at its line', () => {
    const messages = Object.fromEntries(hostile.map((name) => [name, described(readFileSync(join(hostileDir, name), 'utf8'))]));
    expect(messages).toMatchInlineSnapshot(`
      {
        "01-script.mdx": [
          "5 forbidden-tag — balise <script> interdite",
        ],
        "02-script-mixed-case.mdx": [
          "5 forbidden-tag — balise <script> interdite",
        ],
        "03-script-multiline.mdx": [
          "5 forbidden-tag — balise <script> interdite",
        ],
        "04-style.mdx": [
          "5 forbidden-tag — balise <style> interdite",
        ],
        "05-iframe.mdx": [
          "5 forbidden-tag — balise <iframe> interdite",
        ],
        "06-object.mdx": [
          "5 forbidden-tag — balise <object> interdite",
        ],
        "07-embed.mdx": [
          "5 forbidden-tag — balise <embed> interdite",
        ],
        "08-form.mdx": [
          "5 forbidden-tag — balise <form> interdite",
          "6 raw-html — HTML brut non permis (balise <input>)",
        ],
        "09-base.mdx": [
          "5 forbidden-tag — balise <base> interdite",
        ],
        "10-meta-refresh.mdx": [
          "5 forbidden-tag — balise <meta> interdite",
        ],
        "11-img-onerror.mdx": [
          "5 raw-html — HTML brut non permis (balise <img>)",
          "5 event-handler — attribut d’événement « onerror » interdit : il exécute du JavaScript",
        ],
        "12-svg-onload-slash.mdx": [
          "5 raw-html — HTML brut non permis (balise <svg>)",
          "5 event-handler — attribut d’événement « onload » interdit : il exécute du JavaScript",
        ],
        "13-event-handler-newlines.mdx": [
          "5 raw-html — HTML brut non permis (balise <div>)",
          "5 event-handler — attribut d’événement « onmouseover » interdit : il exécute du JavaScript",
        ],
        "14-link-javascript.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans un lien",
        ],
        "15-link-javascript-mixed-case.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans un lien",
        ],
        "16-link-entity-decimal.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans un lien",
        ],
        "17-link-entity-hex-colon.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans un lien",
        ],
        "18-link-tab-in-scheme.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans un lien",
        ],
        "19-link-vbscript.mdx": [
          "5 forbidden-url — adresse « vbscript: » interdite dans un lien",
        ],
        "20-image-data-uri.mdx": [
          "5 forbidden-url — adresse « data: » interdite dans une image",
        ],
        "21-image-javascript-source.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans une image",
        ],
        "22-reference-definition.mdx": [
          "7 forbidden-url — adresse « javascript: » interdite dans une définition de lien",
        ],
        "23-reference-definition-title.mdx": [
          "7 code-in-text — le titre de la définition de lien contient du code (« " onmouseover="alert(1) »)",
        ],
        "24-link-title-injection.mdx": [
          "5 code-in-text — le titre du lien contient du code (« "><script>alert(1)</script> »)",
        ],
        "25-import.mdx": [
          "5 esm — « import » interdit : le corps ne peut ni charger ni exposer de code",
          "7 component — composant <Secret> non permis (aucun composant n’est permis dans le corps)",
        ],
        "26-export.mdx": [
          "5 esm — « export » interdit : le corps ne peut ni charger ni exposer de code",
        ],
        "27-expression-env.mdx": [
          "5 expression — expression JavaScript entre accolades interdite (« {process.env.SECRET_TOKEN} »)",
        ],
        "28-expression-flow.mdx": [
          "5 expression — expression JavaScript entre accolades interdite (« {require('node:child_process').execSync('} »)",
        ],
        "29-component-spread.mdx": [
          "5 component — composant <Encadre> non permis (aucun composant n’est permis dans le corps)",
          "5 dynamic-attribute — attributs calculés « {...props} » interdits",
        ],
        "30-component-unknown.mdx": [
          "5 component — composant <Carte> non permis (aucun composant n’est permis dans le corps)",
        ],
        "31-nested-list-anchor.mdx": [
          "6 raw-html — HTML brut non permis (balise <a>)",
          "6 forbidden-url — adresse « javascript: » interdite dans l’attribut « href »",
        ],
        "32-nested-blockquote-iframe.mdx": [
          "6 forbidden-tag — balise <iframe> interdite",
        ],
        "33-html-comment.mdx": [
          "5 raw-html — commentaire HTML « <!-- --> » non permis",
        ],
        "34-anchor-href-entities.mdx": [
          "5 raw-html — HTML brut non permis (balise <a>)",
          "5 forbidden-url — adresse « javascript: » interdite dans l’attribut « href »",
        ],
        "35-jsx-attribute-expression.mdx": [
          "5 raw-html — HTML brut non permis (balise <a>)",
          "5 expression — valeur calculée entre accolades interdite pour l’attribut « href »",
        ],
        "36-table-cell-object.mdx": [
          "7 forbidden-tag — balise <object> interdite",
        ],
        "37-autolink-javascript.mdx": [
          "5 forbidden-url — adresse « javascript: » interdite dans un lien",
        ],
        "38-image-in-link-onerror.mdx": [
          "5 raw-html — HTML brut non permis (balise <img>)",
          "5 event-handler — attribut d’événement « onerror » interdit : il exécute du JavaScript",
        ],
        "39-closing-main.mdx": [
          "5 raw-html — HTML brut non permis (balise fermante </main>)",
        ],
        "40-cdata.mdx": [
          "5 raw-html — balisage HTML non permis (« <![CDATA[<sc »)",
        ],
      }
    `);
  });
});

describe('mayBreakRules', () => {
  test('lets every hostile file through to the full check', () => {
    for (const name of hostile) {
      expect(mayBreakRules(readFileSync(join(hostileDir, name), 'utf8')), name).toBe(true);
    }
  });
  test('sends addresses with an unlisted scheme, escapes and entities to the full check', () => {
    expect(mayBreakRules('[x](ftp://exemple.org)')).toBe(true);
    expect(mayBreakRules('[x]:\n  gopher://exemple.org')).toBe(true);
    expect(mayBreakRules('[x]: gopher://exemple.org')).toBe(true);
    expect(mayBreakRules('[x](javascript\\:alert(1))')).toBe(true);
    expect(mayBreakRules('[x](&#106;avascript:alert(1))')).toBe(true);
  });
  test('skips plain Markdown with safe links, and checkBody then finds nothing in it either', () => {
    const body = '## Objectifs\n\n- [Une page](/pratiques/x/), [un site](https://exemple.org "Titre"), [courriel](mailto:a@b.org)\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    expect(mayBreakRules(body)).toBe(false);
    expect(checkBodyFully(body)).toEqual([]);
  });
  test('never skips a shipped body in which the full check would find something', () => {
    for (const folder of ['fiches', 'outils', 'modeles', 'pages']) {
      for (const name of readdirSync(join(root, 'content', folder))) {
        const { body } = splitFrontMatter(readFileSync(join(root, 'content', folder, name), 'utf8'), name);
        if (!mayBreakRules(body)) expect(checkBodyFully(body), name).toEqual([]);
      }
    }
  });
});

describe('checkBody lists every refused passage at once (issue 23)', () => {
  test('a price in braces is named as braces, not raw HTML, and hides neither the expression nor the import after it', () => {
    const body = ['Un prix {entre 5 et 10 $} et {process.exit()}', '', 'import x from "y"', ''].join('\n');
    const problems = checkBody(body);
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toEqual(['1 syntax', '1 expression', '3 esm']);
    expect(problems[0]!.problem).toContain('« {entre 5 et 10 $} »');
    expect(problems[0]!.fix).toContain('\\{');
    expect(problems.map((p) => p.problem).join(' ')).not.toContain('HTML brut');
  });

  test('each of three passages in separate paragraphs gets its own message', () => {
    const body = ['Un prix {entre 5 et 10 $}', '', 'Suite {process.exit()}', '', 'import x from "y"', ''].join('\n');
    expect(described(body)).toEqual([
      '1 syntax — accolades non permises (« {entre 5 et 10 $} ») : le corps les lit comme du code JavaScript',
      '3 expression — expression JavaScript entre accolades interdite (« {process.exit()} »)',
      '5 esm — « import » interdit : le corps ne peut ni charger ni exposer de code',
    ]);
  });
});
