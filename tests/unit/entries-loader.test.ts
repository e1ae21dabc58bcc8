import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentRejectedError, entriesLoader } from '../../src/loaders/entries';
import { objectSchema } from '../../src/schema/to-zod';
import { pages } from '../../src/schema/collections';

const work = mkdtempSync(join(tmpdir(), 'carrefour-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: Une page pour les tests du chargeur.\n---\n${body}`;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A stand-in for Astro's content layer: its store and meta store, and how many bodies it rendered. */
function fakeContext(render = (body: string) => `<p>${escapeHtml(body)}</p>`) {
  const store = new Map<string, { id: string; data: Record<string, unknown>; rendered?: { html: string } }>();
  const meta = new Map<string, string>();
  const counts = { rendered: 0 };
  const context = {
    collection: 'pages',
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string }) => store.set(entry.id, entry as never),
      has: (id: string) => store.has(id),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(objectSchema(pages.fields).parse(data)),
    renderMarkdown: (body: string) => {
      counts.rendered++;
      return Promise.resolve({ html: render(body), metadata: {} });
    },
  } as unknown as LoaderContext;
  return { context, store, counts };
}

/** Writes `files` into a new folder; returns its path. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const base = mkdtempSync(join(work, 'pages-'));
  mkdirSync(base, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(base, name), content);
  return base;
}

const loader = (base: string) => entriesLoader({ base, extension: 'mdx', fields: pages.fields, collection: 'pages' });

/** Runs the loader on a folder with a stand-in for Astro's content layer; returns what it stored. */
async function load(files: Record<string, string | Uint8Array>, render?: (body: string) => string) {
  const { context, store } = fakeContext(render);
  await loader(folderWith(files)).load(context);
  return store;
}

/** Returns the loader's French messages, with the temporary folder removed from paths. */
async function rejection(files: Record<string, string | Uint8Array>, render?: (body: string) => string): Promise<string[]> {
  const error = await load(files, render).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentRejectedError);
  return (error as ContentRejectedError).messages.map((message) => message.replace(/^.*\/pages-[^/]+\//, ''));
}

describe('entriesLoader', () => {
  test('reads no file again when no name, size or date changed, and renders only the file that did', async () => {
    const base = folderWith({ 'a.mdx': page('Page A', 'Texte A.\n'), 'b.mdx': page('Page B', 'Texte B.\n') });
    const { context, store, counts } = fakeContext();
    await loader(base).load(context);
    expect(counts.rendered).toBe(2);
    // One file edited (new bytes, new date): only that one is rendered again.
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(base, 'a.mdx'), page('Page Z', 'Texte A.\n'));
    utimesSync(join(base, 'a.mdx'), later, later);
    await loader(base).load(context);
    expect(store.get('a')?.data.title).toBe('Page Z');
    expect(counts.rendered).toBe(3);
    // Nothing changed since: no file is read or rendered. Proof that none is read: bytes swapped behind the
    // same size and date (which any save changes) go unseen.
    writeFileSync(join(base, 'a.mdx'), page('Page Y', 'Texte A.\n'));
    utimesSync(join(base, 'a.mdx'), later, later);
    await loader(base).load(context);
    expect(counts.rendered).toBe(3);
    expect(store.get('a')?.data.title).toBe('Page Z');
    expect([...store.keys()].sort()).toEqual(['a', 'b']);
  });

  test('reads Windows line endings, a byte-order mark and decomposed accents as ordinary text', async () => {
    const text = page('Cafe\u0301 des parents', '## Acce\u0300s\n\nTexte.\n').replace(/\n/g, '\r\n');
    const store = await load({ 'cafe.mdx': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]) });
    expect(store.get('cafe')?.data.title).toBe('Café des parents');
    expect(store.get('cafe')?.rendered?.html).toBe('<p>## Accès\n\nTexte.\n</p>');
  });

  test('refuses every broken file of a folder at once, in French, naming file and line', async () => {
    expect(
      await rejection({
        'ok.mdx': page('Une page', 'Texte.'),
        'hostile.mdx': page('Une page', 'Texte.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))'),
        'vide.mdx': '',
        'Page à lire.mdx': page('Une page', 'Texte.'),
        'yaml.mdx': '---\ntitle: Une page\ndescription: "guillemet ouvert\n---\nTexte.',
        'indentation.mdx': '---\ntitle: Une page\n  description: trop en retrait\n---\nTexte.',
        'enorme.mdx': page('Une page', 'x'.repeat(5_000_000)),
        'recherche.mdx': page('Une page', 'Texte.'),
        'sans-description.mdx': '---\ntitle: Une page\nsumary: faute de frappe\n---\nTexte.',
        'binaire.mdx': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
      }),
    ).toMatchInlineSnapshot(`
      [
        "Page à lire.mdx — nom du fichier : le nom « Page à lire.mdx » contient des espaces, des accents ou des caractères spéciaux et des majuscules, et il devient l’adresse de la page. Correction : Renommez le fichier « page-a-lire.mdx ».",
        "binaire.mdx — fichier : l’encodage des caractères n’est pas UTF-8. Correction : Enregistrez le fichier en UTF-8 (dans le Bloc-notes : « Enregistrer sous », codage UTF-8).",
        "enorme.mdx — fichier : trop volumineux (5 Mo ; la limite est de 1 Mo). Correction : Une fiche tient en quelques pages de texte ; mettez les documents longs en pièce jointe (PDF) et les images dans public/images/.",
        "hostile.mdx:7 — corps du texte : balise <script> interdite. Correction : Retirez ce code : le contenu d’une fiche est du texte, sans programme ni script.",
        "hostile.mdx:9 — corps du texte : adresse « javascript: » interdite dans un lien. Correction : Faites un lien vers une adresse https://…, mailto:… ou une page du site (/pratiques/…).",
        "indentation.mdx:2 — en-tête : syntaxe YAML invalide. Correction : Vérifiez les deux-points, l’indentation et les guillemets de cette ligne et des lignes voisines.",
        "recherche.mdx — nom du fichier : l’adresse /recherche/ est déjà prise par le site. Correction : Donnez un autre nom à ce fichier.",
        "sans-description.mdx:2 — champ « Description » (description) : champ obligatoire absent. Correction : Ajoutez la ligne « description: … » à l’en-tête. Une phrase qui présente la page (moteurs de recherche, partage). 200 caractères au plus.",
        "sans-description.mdx:3 — en-tête : champ inconnu « sumary ». Correction : Retirez cette ligne ; champs permis : title, description.",
        "vide.mdx — fichier : le fichier est vide. Correction : Remplissez-le à partir d’un modèle (une fiche existante ou le formulaire en ligne), ou supprimez-le.",
        "yaml.mdx:3 — en-tête : guillemet " ouvert et jamais fermé. Correction : Fermez le guillemet à la fin de la valeur, ou retirez-le.",
      ]
    `);
  });

  test('refuses a page whose rendered HTML would carry code, even when the Markdown looked safe', async () => {
    expect(await rejection({ 'ok.mdx': page('Une page', 'Texte.') }, () => '<p onclick="x">Texte.</p>')).toMatchInlineSnapshot(`
      [
        "ok.mdx — corps du texte : le rendu contient du code interdit (<p onclick>). Correction : Écrivez ce passage en Markdown, sans HTML.",
      ]
    `);
  });
});
