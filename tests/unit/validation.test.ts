import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary, type SourceFile } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';

const root = join(import.meta.dirname, '..', '..');
const shipped = readLibraryFiles(root);
const now = new Date('2026-01-15T12:00:00Z');
const encode = (text: string) => new TextEncoder().encode(text);
const textOf = (path: string) => new TextDecoder().decode(shipped.find((file) => file.path === path)!.bytes);
const sheetPath = 'content/fiches/mentorat-entre-pairs.mdx';
const sheet = textOf(sheetPath);
const smallFiles = () => 12_345;

/** Validates the shipped library with `changes` applied (a path mapped to undefined is removed); returns the formatted problems of `only`. */
function problemsWith(changes: Record<string, string | Uint8Array | undefined>, only?: string, fileSize: (path: string) => number | undefined = smallFiles) {
  const files: SourceFile[] = shipped.filter((file) => !(file.path in changes));
  for (const [path, content] of Object.entries(changes)) {
    if (content !== undefined) files.push({ path, bytes: typeof content === 'string' ? encode(content) : content });
  }
  const { problems } = validateLibrary(files, { fileSize, now });
  return problems.filter((p) => !only || p.file === only).map((p) => `${p.severity === 'error' ? 'E' : 'W'} ${formatProblem(p)}`);
}

describe('validateLibrary on the shipped library', () => {
  test('finds no error', () => {
    expect(problemsWith({}).filter((line) => line.startsWith('E'))).toEqual([]);
  });
});

describe('validateLibrary reads odd but valid files as their plain twin', () => {
  const plain = problemsWith({}, sheetPath);
  test.each([
    ['Windows line endings', encode(sheet.replace(/\n/g, '\r\n'))],
    ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...encode(sheet)])],
    ['decomposed accents (NFD)', encode(sheet.normalize('NFD'))],
  ])('%s', (_, bytes) => {
    expect(problemsWith({ [sheetPath]: bytes }, sheetPath)).toEqual(plain);
  });
});

describe('validateLibrary explains each broken file in French, with its line', () => {
  test('an unreadable file: empty, too big, not UTF-8, invalid YAML', () => {
    expect([
      ...problemsWith({ 'content/fiches/vide.mdx': '' }, 'content/fiches/vide.mdx'),
      ...problemsWith({ 'content/fiches/enorme.mdx': `${sheet}${'x'.repeat(5_000_000)}` }, 'content/fiches/enorme.mdx'),
      ...problemsWith({ 'content/fiches/latin1.mdx': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]) }, 'content/fiches/latin1.mdx'),
      ...problemsWith({ [sheetPath]: sheet.replace('evidence: pratique-evaluee', 'evidence: [pratique-evaluee') }, sheetPath),
    ]).toMatchInlineSnapshot(`
      [
        "E content/fiches/vide.mdx — fichier : le fichier est vide. Correction : Remplissez-le à partir d’un modèle (une fiche existante ou le formulaire en ligne), ou supprimez-le.",
        "E content/fiches/enorme.mdx — fichier : trop volumineux (5 Mo ; la limite est de 1 Mo). Correction : Une fiche tient en quelques pages de texte ; mettez les documents longs en pièce jointe (PDF) et les images dans public/images/.",
        "E content/fiches/latin1.mdx — fichier : l’encodage des caractères n’est pas UTF-8. Correction : Enregistrez le fichier en UTF-8 (dans le Bloc-notes : « Enregistrer sous », codage UTF-8).",
        "E content/fiches/mentorat-entre-pairs.mdx:13 — en-tête : syntaxe YAML invalide. Correction : Vérifiez les deux-points, l’indentation et les guillemets de cette ligne et des lignes voisines.",
      ]
    `);
  });

  test('a file name with accents or spaces, and one that would take an existing address', () => {
    expect(
      [
        ...problemsWith({ 'content/fiches/Café des ados.mdx': sheet }, 'content/fiches/Café des ados.mdx'),
        ...problemsWith({ 'content/fiches/Mentorat entre pairs.mdx': sheet }, 'content/fiches/Mentorat entre pairs.mdx'),
        ...problemsWith({ 'content/pages/recherche.mdx': textOf('content/pages/licences.mdx') }, 'content/pages/recherche.mdx'),
        ...problemsWith({ 'content/fiches/organisme.mdx': sheet }, 'content/fiches/organisme.mdx'),
        ...problemsWith({ 'content/fiches/brouillon.md': sheet }, 'content/fiches/brouillon.md'),
        // The copies also share their original's title (a warning, tested in similar-titles.test.ts).
      ].filter((line) => line.startsWith('E')),
    ).toMatchInlineSnapshot(`
      [
        "E content/fiches/Café des ados.mdx — nom du fichier : le nom « Café des ados.mdx » contient des espaces, des accents ou des caractères spéciaux et des majuscules, et il devient l’adresse de la page. Correction : Renommez le fichier « cafe-des-ados.mdx ».",
        "E content/fiches/Mentorat entre pairs.mdx — nom du fichier : le nom « Mentorat entre pairs.mdx » contient des espaces et des majuscules, et il devient l’adresse de la page. Correction : Renommez le fichier « mentorat-entre-pairs.mdx ».",
        "E content/fiches/Mentorat entre pairs.mdx — nom du fichier : deux fichiers auraient la même adresse : « Mentorat entre pairs.mdx » et « mentorat-entre-pairs.mdx ». Correction : Choisissez pour ce fichier un nom libre, par exemple « mentorat-entre-pairs-2.mdx ».",
        "E content/pages/recherche.mdx — nom du fichier : l’adresse /recherche/ est déjà prise par le site. Correction : Donnez un autre nom à ce fichier.",
        "E content/fiches/organisme.mdx — nom du fichier : l’adresse /pratiques/organisme/ est déjà prise par le site. Correction : Donnez un autre nom à ce fichier.",
        "E content/fiches/brouillon.md — nom du fichier : extension inattendue : ce dossier ne lit que les fichiers .mdx, celui-ci serait ignoré. Correction : Renommez-le en .mdx, ou retirez-le.",
      ]
    `);
  });

  test('fields against the schema: impossible date, typo in a key, missing field, unknown values with a suggestion', () => {
    const broken = sheet
      .replace('reviewed: 2025-06-20', 'reviewed: 2024-02-30')
      .replace('groupSize:', 'groupsize:')
      .replace(/^cost: .*\n/m, '')
      .replace('  - perseverance-scolaire', '  - perseverence-scolaire')
      .replace('organization: trajectoire-jeunesse-saguenay', 'organization: trajectoire-jeunesse-saguenai');
    expect(problemsWith({ [sheetPath]: broken }, sheetPath)).toMatchInlineSnapshot(`
      [
        "E content/fiches/mentorat-entre-pairs.mdx:2 — champ « Coût approximatif » (cost) : champ obligatoire absent. Correction : Ajoutez la ligne « cost: … » à l’en-tête.",
        "E content/fiches/mentorat-entre-pairs.mdx:4 — champ « Thèmes » (themes) : valeur inconnue « perseverence-scolaire », qui devrait désigner un thème (content/taxonomies/themes.yml). Correction : Vouliez-vous dire « perseverance-scolaire » ?",
        "E content/fiches/mentorat-entre-pairs.mdx:11 — champ « Organisme » (organization) : valeur inconnue « trajectoire-jeunesse-saguenai », qui devrait désigner un organisme (content/organismes/). Correction : Vouliez-vous dire « trajectoire-jeunesse-saguenay » ?",
        "E content/fiches/mentorat-entre-pairs.mdx:19 — en-tête : champ inconnu « groupsize ». Correction : Vouliez-vous dire « groupSize » ? Sinon, retirez cette ligne.",
        "E content/fiches/mentorat-entre-pairs.mdx:29 — champ « Dernière révision » (reviewed) : le 2024-02-30 n’existe pas au calendrier. Correction : Vérifiez le jour et le mois.",
      ]
    `);
  });

  test('a taxonomy with a value written twice', () => {
    const themes = textOf('content/taxonomies/themes.yml');
    const first = /- id: ([a-z-]+)/.exec(themes)![1]!;
    expect(problemsWith({ 'content/taxonomies/themes.yml': themes.replace(/(- id: )(?!.*\1)[a-z-]+/s, `$1${first}`) }, 'content/taxonomies/themes.yml')).toMatchInlineSnapshot(`
      [
        "E content/taxonomies/themes.yml:29 — champ « Identifiant » (id) : identifiant « perseverance-scolaire » en double. Correction : Chaque valeur a son propre identifiant : renommez ou retirez ce doublon.",
      ]
    `);
  });

  test('a hostile body, at the line of the file', () => {
    const hostile = `${sheet}\n<img src=x onerror=alert(1)>\n`;
    const line = hostile.split('\n').indexOf('<img src=x onerror=alert(1)>') + 1;
    expect(line).toBeGreaterThan(10);
    expect(problemsWith({ [sheetPath]: hostile }, sheetPath).filter((text) => text.startsWith('E'))).toEqual([
      `E ${sheetPath}:${line} — corps du texte : HTML brut non permis (balise <img>). Correction : Écrivez ce passage en Markdown (titres ##, listes, tableaux, liens [texte](https://…)), sans HTML ni code.`,
      `E ${sheetPath}:${line} — corps du texte : attribut d’événement « onerror » interdit : il exécute du JavaScript. Correction : Retirez ce code : le contenu d’une fiche est du texte, sans programme ni script.`,
    ]);
  });

  test('missing and oversized files under public/', () => {
    const tool = 'content/outils/guide-animation-cafes-parents.mdx';
    const sizes = (path: string) => (path.endsWith('.pdf') ? 25_000_000 : path.includes('cafes-parents') ? 900_000 : undefined);
    expect(problemsWith({ [tool]: textOf(tool) }, tool, sizes)).toMatchInlineSnapshot(`
      [
        "E content/outils/guide-animation-cafes-parents.mdx:13 — champ « Fichier » (files[0].file) : fichier trop volumineux (25 Mo ; la limite est de 20 Mo). Correction : Réduisez-le (PDF : « Réduire la taille du fichier ») ou découpez-le en plusieurs documents.",
      ]
    `);
  });
  test('a file two entries point to: each is warned, with the other named', () => {
    const table = 'content/fiches/table-locale-perseverance.mdx';
    const shared = '/fichiers/fiches/table-locale-de-concertation-en-perseverance-scolaire/ordre-du-jour-table-locale.pdf';
    const borrowing = sheet.replace(/^published: /m, `attachments:\n  - title: Ordre du jour\n    file: ${shared}\npublished: `);
    const lines = problemsWith({ [sheetPath]: borrowing }).filter((line) => line.includes('sert aussi à'));
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.includes(` ${sheetPath}:`))).toContain(`sert aussi à ${table}`);
    expect(lines.find((line) => line.includes(` ${table}:`))).toMatch(
      new RegExp(`^W ${table}:\\d+ — champ « Fichier » \\(attachments\\[0\\]\\.file\\) : le fichier « ${shared} » sert aussi à ${sheetPath} `),
    );
  });

  test('an upload outside a folder of its own entry is refused, with where it belongs', () => {
    const loose = sheet.replace(/^published: /m, 'attachments:\n  - title: Ordre du jour\n    file: /fichiers/fiches/ordre-du-jour.pdf\npublished: ');
    expect(problemsWith({ [sheetPath]: loose }, sheetPath).filter((line) => line.includes('ordre-du-jour') || line.includes('dossier propre'))).toEqual([
      expect.stringMatching(
        /^E content\/fiches\/mentorat-entre-pairs\.mdx:\d+ — champ « Fichier » \(attachments\[0\]\.file\) : .*fichier hors d’un dossier propre à ce contenu.*\/fichiers\/fiches\/<titre du contenu>\//,
      ),
    ]);
  });
});

describe('validateLibrary warns about quality, without blocking', () => {
  test('image without alt text, long summary, skipped heading, empty section, old review, http link', () => {
    const body =
      '\n## Objectifs\n\n![](/images/fiches/cafes-parents-ados.svg) Voir [le site](http://exemple.org).\n\n#### Détails\n\nTexte.\n\n## Section vide\n\n## Dernière\n\nTexte.\n';
    const text = sheet
      .replace(/^summary: .*$/m, 'summary: Une phrase. Une deuxième phrase. Une troisième phrase de trop.')
      .replace('reviewed: 2025-06-20', 'reviewed: 2022-06-20')
      .replace(/\n---\n[\s\S]*$/, `\n---\n${body}`);
    const problems = problemsWith({ [sheetPath]: text }, sheetPath);
    expect(problems.every((line) => line.startsWith('W'))).toBe(true);
    expect(problems).toMatchInlineSnapshot(`
      [
        "W content/fiches/mentorat-entre-pairs.mdx:3 — champ « Résumé » (summary) : résumé trop long : 3 phrases. Correction : Gardez une ou deux phrases : pour qui, et ce que ça change ; le détail va dans le corps.",
        "W content/fiches/mentorat-entre-pairs.mdx:30 — champ « Dernière révision » (reviewed) : dernière révision il y a plus de 3 ans. Correction : Relisez le contenu avec l’organisme, corrigez ce qui a changé, puis mettez la date du jour.",
        "W content/fiches/mentorat-entre-pairs.mdx:40 — corps du texte : image sans texte de remplacement. Correction : Décrivez l’image entre les crochets : ![Six jeunes en canot sur un lac](…).",
        "W content/fiches/mentorat-entre-pairs.mdx:40 — corps du texte : lien en http:, non chiffré (http://exemple.org). Correction : Vérifiez si le site répond en https:// et, si oui, corrigez l’adresse.",
        "W content/fiches/mentorat-entre-pairs.mdx:42 — corps du texte : niveau de titre sauté (#### après ##). Correction : Utilisez ### : les lecteurs d’écran s’y retrouvent grâce aux niveaux de titre.",
        "W content/fiches/mentorat-entre-pairs.mdx:46 — corps du texte : section « Section vide » sans contenu. Correction : Écrivez quelques lignes sous ce titre, ou retirez-le.",
      ]
    `);
  });
});
