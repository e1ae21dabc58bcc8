import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { CMS } from 'decap-cms-core';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formBodyProblems } from '../../cms/safety-rules';
import { registerEntryAddress } from '../../cms/widgets/entry-address';
import { widgetNames } from '../../cms/widgets/names';
import { checkFormText, registerPlainText } from '../../cms/widgets/plain-text';
import { readLibraryFiles } from '../../scripts/lib/library-files';
import { ContentRejectedError, entriesLoader } from '../../src/loaders/entries';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary, type SourceFile } from '../../src/lib/validation/library';
import type { CollectionSpec } from '../../src/schema/fields';
import { contentCollections } from '../../src/schema/registry';
import { objectSchema } from '../../src/schema/to-zod';

/**
 * tests/fixtures/hostile-fields/<folder>/: shipped entries of several kinds, each with one bad character (control,
 * noncharacter, lone surrogate, direction override) or one misleading address hidden in one field or the body
 * (a web address with user info in a body link too).
 */
const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'tests', 'fixtures', 'hostile-fields');
const hostile = readdirSync(corpus).flatMap((folder) => readdirSync(join(corpus, folder)).map((name) => ({ folder, name, path: `content/${folder}/${name}` })));
const specOf = (folder: string): CollectionSpec => contentCollections.find((spec) => spec.folder === folder)!;
const now = new Date('2026-11-15T12:00:00Z');
const shipped = readLibraryFiles(root);

/** Validates the shipped library with the hostile files added; returns each hostile file's errors, formatted. */
function validatorErrors(extra: readonly SourceFile[] = hostile.map(({ folder, name, path }) => ({ path, bytes: readFileSync(join(corpus, folder, name)) }))) {
  const paths = new Set(extra.map((file) => file.path));
  const { problems } = validateLibrary([...shipped.filter((file) => !paths.has(file.path)), ...extra], { fileSize: () => 12_345, now });
  return problems.filter((problem) => problem.severity === 'error' && paths.has(problem.file)).map(formatProblem);
}

const expected = [
  'content/appels/reponse-moitie-de-caractere.mdx:15 — champ « Réponse » (answers[0].text) : caractère invisible U+D800 (moitié de caractère orpheline) à la position 18',
  'content/appels/titre-saut-de-ligne-word.mdx:2 — champ « Question » (title) : caractère invisible U+000B (saut de ligne manuel de Word) à la position 30',
  'content/fiches/corps-saut-de-ligne-word.mdx:34 — corps du texte : caractère invisible U+000B (saut de ligne manuel de Word) à la position 211 de la ligne',
  'content/fiches/resume-caractere-nul.mdx:3 — champ « Résumé » (summary) : caractère invisible U+0000 (caractère nul) à la position 19',
  'content/modeles/reference-isolat.mdx:17 — champ « Références » (references[2]) : caractère invisible U+2066 (isolat gauche à droite) à la position 35',
  'content/organismes/courriel-avec-copie.yml:5 — champ « Courriel public » (email) : l’adresse courriel est suivie d’autre chose (« ? », « & », « # » ou « % »). Correction : Écrivez l’adresse seule, par exemple info@organisme.example : ce qui suit ajouterait des destinataires ou un message au courriel.',
  'content/organismes/nom-inverse.yml:1 — champ « Nom » (name) : caractère invisible U+202E (forçage droite à gauche, qui inverse l’ordre du texte affiché) à la position 23',
  'content/organismes/site-avec-nom-d-utilisateur.yml:4 — champ « Site Web » (website) : l’adresse Web contient « …@ » avant le nom du site, et mène en réalité au site écrit après le @. Correction : Écrivez l’adresse du site seule, sans la partie qui finit par @, par exemple https://organisme.example/.',
  'content/outils/corps-lien-nom-d-utilisateur.mdx:27 — corps du texte : adresse avec « …@ » avant le nom du site dans un lien : elle mène en réalité au site écrit après le @. Correction : Écrivez l’adresse du site seule, sans la partie qui finit par @, par exemple https://organisme.example/.',
  'content/outils/titre-non-caractere.mdx:2 — champ « Titre » (title) : caractère invisible U+FFFE (non-caractère Unicode) à la position 13',
  'content/recits/groupe-inversion.mdx:9 — champ « Le groupe » (group) : caractère invisible U+202E (forçage droite à gauche, qui inverse l’ordre du texte affiché) à la position 19',
  'content/rencontres/lieu-controle-c1.mdx:10 — champ « Nom du lieu » (place.venue) : caractère invisible U+009B (caractère de contrôle C1) à la position 21',
];
const retype = '. Correction : Effacez le texte autour de cette position et retapez-le (un copier-coller depuis Word ou un PDF apporte souvent ces caractères).';
const withFix = (message: string) => (message.includes('. Correction : ') ? message : `${message}${retype}`);

describe('the hostile fields corpus (tests/fixtures/hostile-fields/)', () => {
  test('holds entries of at least six kinds, one bad value each', () => {
    expect(new Set(hostile.map(({ folder }) => folder)).size).toBeGreaterThanOrEqual(6);
    expect(hostile).toHaveLength(expected.length);
  });

  test('each file is refused by the validator with one French message naming file, line, field, character, position and fix', () => {
    expect(validatorErrors()).toEqual(expected.map(withFix));
  });

  test.each(hostile.filter(({ name }) => name.endsWith('.mdx')))('the build’s loader refuses $folder/$name with the validator’s message', async ({ folder, name }) => {
    const spec = specOf(folder);
    const message = expected.find((line) => line.startsWith(`content/${folder}/${name}:`))!;
    const error = await entriesLoader({ base: join(corpus, folder), extension: 'mdx', fields: spec.fields, collection: spec.name })
      .load(loaderContext(spec))
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(ContentRejectedError);
    const messages = (error as ContentRejectedError).messages.filter((line) => line.includes(`/${name}:`));
    expect(messages.map((line) => line.replace(/^.*hostile-fields\//, 'content/'))).toEqual([withFix(message)]);
  });

  test.each(hostile.filter(({ name }) => name.endsWith('.yml')))('the build’s schema refuses $folder/$name with the validator’s message', ({ folder, name }) => {
    const data: unknown = parse(readFileSync(join(corpus, folder, name), 'utf8'));
    const result = objectSchema(specOf(folder).fields).safeParse(data);
    const message = withFix(expected.find((line) => line.startsWith(`content/${folder}/${name}:`))!);
    expect(result.success).toBe(false);
    // The build prints `« label » (name) : problem ; fix`, the validator `champ « label » (name) : problem. Correction : Fix`.
    const [problem] = message.split(' — champ ')[1]!.split('. Correction : ');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([expect.stringContaining(problem!)]);
  });
});

/** A stand-in for Astro's content layer, enough for the loader to check and store a folder's files. */
function loaderContext(spec: CollectionSpec): LoaderContext {
  const store = new Map<string, unknown>();
  return {
    collection: spec.name,
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string }) => store.set(entry.id, entry),
      has: (id: string) => store.has(id),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    meta: { get: () => undefined, set: () => undefined },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    renderMarkdown: () => Promise.resolve({ html: '<p></p>', metadata: {} }),
  } as unknown as LoaderContext;
}

describe('the taxonomies and the synonyms, whose labels reach pages and the search', () => {
  test('are refused with the same message when a label or a word hides a control character or an override', () => {
    const edit = (path: string, from: string, to: string): SourceFile => {
      const text = new TextDecoder().decode(shipped.find((file) => file.path === path)!.bytes);
      expect(text).toContain(from);
      return { path, bytes: new TextEncoder().encode(text.replace(from, to)) };
    };
    expect(
      validatorErrors([
        edit('content/taxonomies/themes.yml', 'label: Persévérance scolaire', 'label: Persévérance\u000c scolaire'),
        edit('content/recherche/synonymes.yml', '      - engagement', '      - enga\u202egement'),
      ]),
    ).toEqual([
      `content/recherche/synonymes.yml:4 — champ « Mots équivalents » (words[1]) : caractère invisible U+202E (forçage droite à gauche, qui inverse l’ordre du texte affiché) à la position 5${retype}`,
      `content/taxonomies/themes.yml:3 — champ « Libellé » (label) : caractère invisible U+000C (saut de page) à la position 13${retype}`,
    ]);
  });
});

describe('checkFormText (the CMS form’s check of every text field before a save)', () => {
  test('refuses each hostile value with the validator’s problem and fix', () => {
    expect(checkFormText('Comment rejoindre les parents\u000bqui ne viennent jamais?', 'Question', false)).toEqual({
      error: { type: 'CUSTOM', message: `« Question » : caractère invisible U+000B (saut de ligne manuel de Word) à la position 30${retype}` },
    });
    expect(checkFormText('  L’Atelier des lettres \u202eserttel', 'Nom', false)).toEqual({
      error: { type: 'CUSTOM', message: `« Nom » : caractère invisible U+202E (forçage droite à gauche, qui inverse l’ordre du texte affiché) à la position 23${retype}` },
    });
    for (const value of ['a\u0000b', 'a\ufffeb', 'a\u009bb', 'a\ud800b', 'a\u2066b']) expect(checkFormText(value, 'Titre', true)).not.toBe(true);
  });

  test('accepts line breaks in a multi-line text only, and an empty or ordinary value', () => {
    expect(checkFormText('Une ligne.\nUne autre.', 'Résumé', true)).toBe(true);
    expect(checkFormText('Une ligne.\nUne autre.', 'Titre', false)).toMatchObject({
      error: { message: expect.stringContaining('U+000A (saut de ligne) à la position 11') as string },
    });
    expect(checkFormText(undefined, 'Titre', false)).toBe(true);
    expect(checkFormText('Café des parents 😀 مرحبا\u200f', 'Titre', false)).toBe(true);
  });
});

describe('formBodyProblems (the CMS form’s check of a body before a save)', () => {
  test('lists an invisible character and a web address with user info with the validator’s words, at their line', () => {
    expect(formBodyProblems('## Contexte\nLe soir,\u000bles devoirs.\n\nVoir [le site](https://organisme.example@evil.example/).')).toEqual([
      { line: 2, message: `Ligne 2 — corps du texte : caractère invisible U+000B (saut de ligne manuel de Word) à la position 9 de la ligne${retype}` },
      {
        line: 4,
        message:
          'Ligne 4 — corps du texte : adresse avec « …@ » avant le nom du site dans un lien : elle mène en réalité au site écrit après le @. Correction : Écrivez l’adresse du site seule, sans la partie qui finit par @, par exemple https://organisme.example/.',
      },
    ]);
  });
});

describe('registerPlainText', () => {
  test('replaces Decap’s one-line and multi-line text controls with ones whose isValid runs checkFormText', () => {
    class DecapControl {
      constructor(readonly props: { value?: unknown; field: { get(key: string): unknown } }) {}
    }
    const registered = new Map<string, new (props: DecapControl['props']) => { isValid(): unknown }>();
    const cms = {
      getWidget: () => ({ control: DecapControl, preview: () => null }),
      registerWidget: (name: string, control: new (props: DecapControl['props']) => { isValid(): unknown }) => registered.set(name, control),
    } as unknown as CMS;
    registerPlainText(cms);
    const field = (label: string) => ({ get: (key: string) => (key === 'label' ? label : undefined) });
    const TitleControl = registered.get('string')!;
    const SummaryControl = registered.get('text')!;
    expect(new TitleControl({ value: 'Parents\u000bqui', field: field('Question') }).isValid()).toEqual(checkFormText('Parents\u000bqui', 'Question', false));
    expect(new TitleControl({ value: 'a\nb', field: field('Titre') }).isValid()).not.toBe(true);
    expect(new SummaryControl({ value: 'a\nb', field: field('Résumé') }).isValid()).toBe(true);
    expect(new SummaryControl({ value: 'a\u202eb', field: field('Résumé') }).isValid()).not.toBe(true);
  });

  test('the entry title’s control, which Decap asks instead of the text line it shows, runs it too', () => {
    const registered = new Map<string, new (props: object) => { isValid(): unknown }>();
    const cms = {
      getWidget: () => ({ control: class {}, preview: () => null }),
      registerWidget: (name: string, control: new (props: object) => { isValid(): unknown }) => registered.set(name, control),
    } as unknown as CMS;
    registerEntryAddress(cms, {});
    const EntryTitle = registered.get(widgetNames.entryTitle)!;
    const field = { get: (key: string) => (key === 'label' ? 'Question' : undefined) };
    expect(new EntryTitle({ value: 'Parents\u000bqui', field }).isValid()).toEqual(checkFormText('Parents\u000bqui', 'Question', false));
    expect(new EntryTitle({ value: 'Comment rejoindre les parents?', field }).isValid()).toBe(true);
  });
});
