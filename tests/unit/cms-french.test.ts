import { describe, expect, test } from 'vitest';
// @ts-expect-error decap-cms-locales ships no types for its source modules (its dist needs a `window`).
import en from 'decap-cms-locales/src/en/index.js';
// @ts-expect-error see above
import fr from 'decap-cms-locales/src/fr/index.js';
import { frenchWording, mergePhrases } from '../../cms/locale';
import type { Phrases } from '../../cms/locale-fr';
import { frenchErrorDetails, frenchFor, frenchLabelFor } from '../../cms/dom-english';
import { Refusal } from '../../cms/media/install';
import { deleteLabels } from '../../cms/dom-toolbar';

/** Every phrase of a locale, by its dotted key. */
function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}
const placeholders = (text: string) => new Set(text.match(/%\{\w+\}/g) ?? []);

const english = flatten(en as Phrases);
const ours = flatten(frenchWording);
const merged = flatten(mergePhrases(fr as Phrases, frenchWording));

describe('our French for Decap CMS', () => {
  test('names only keys Decap has', () => {
    expect([...ours.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  test('uses only the placeholders Decap passes for each phrase', () => {
    const wrong = [...ours].filter(([key, text]) => [...placeholders(text)].some((name) => !placeholders(english.get(key)!).has(name)));
    expect(wrong).toEqual([]);
  });

  test('leaves no phrase in English: every key of Decap’s English locale has a French phrase', () => {
    expect([...english.keys()].filter((key) => !merged.has(key))).toEqual([]);
  });

  test('says « Statut : », with the space French puts before a colon, and no « Oops »', () => {
    expect(merged.get('editor.editorToolbar.status')).toBe('Statut : %{status}');
    expect([...merged.values()].filter((text) => /\bOops\b|\S:(\s|$)/.test(text.replace(/%\{\w+\}/g, 'x')))).toEqual([]);
  });

  test('counts proposals with French plurals, and says which columns the board’s summary counts', () => {
    expect(merged.get('workflow.workflowList.currentEntries')).toBe('%{smart_count} proposition |||| %{smart_count} propositions');
    expect(merged.get('workflow.workflow.description')).toBe('En cours de révision : %{smart_count}. Prêtes à publier : %{readyCount}.');
  });

  test('avoids jargon a contributor would not know in what the main screens show', () => {
    const screens = ['app.header', 'collection.sidebar', 'collection.entries', 'editor.editorToolbar', 'workflow', 'mediaLibrary.mediaLibraryModal', 'ui.toast'];
    const jargon = [...merged].filter(
      ([key, text]) => screens.some((screen) => key.startsWith(`${screen}.`)) && /\b(entrée|collection|ressource|flux|Markdown)/i.test(text.replace(/%\{\w+\}/g, '')),
    );
    expect(jargon).toEqual([]);
  });
});

describe('frenchFor', () => {
  test('gives the French of a text Decap hard-codes in English, whatever its line breaks', () => {
    expect(frenchFor("Open Authoring is enabled: we need to use a fork on your github account. (If a fork\n   already exists, we'll use that.)")).toMatch(
      /^Pour proposer un contenu/,
    );
    expect(frenchFor(' No options ')).toBe('Aucun choix ne correspond');
  });
  test('leaves any other text alone', () => {
    expect(frenchFor('No options here')).toBeUndefined();
    expect(frenchFor('constructor')).toBeUndefined();
  });
});

describe('frenchLabelFor', () => {
  test('puts the beginning of react-select’s « Remove … » labels in French', () => {
    expect(frenchLabelFor('Remove Littératie et numératie')).toBe('Retirer Littératie et numératie');
    expect(frenchLabelFor('Removed')).toBeUndefined();
  });
});

describe('deleteLabels', () => {
  test('are the French labels of the editor’s delete button', () => {
    expect(deleteLabels).toEqual(
      new Set(['Supprimer les modifications non publiées', 'Supprimer ce brouillon', 'Supprimer ce contenu publié', 'Supprimer ce contenu', 'Suppression…']),
    );
  });
});

describe('frenchErrorDetails', () => {
  test('drops « API_ERROR: » and puts the backend’s known messages in French', () => {
    expect(frenchErrorDetails('L’enregistrement a échoué : API_ERROR: Not Found')).toBe('L’enregistrement a échoué : contenu introuvable');
    expect(frenchErrorDetails('La publication a échoué : API_ERROR: Failed to fetch')).toBe('La publication a échoué : le serveur ne répond pas (connexion interrompue?)');
    expect(frenchErrorDetails('La publication a échoué : API_ERROR: la branche existe déjà')).toBe('La publication a échoué : la branche existe déjà');
  });

  test('reads a lost connection as one, also when the browser wraps it in a TypeError (Chromium: « TypeError: Failed to fetch »)', () => {
    const lost = 'L’enregistrement a échoué : le serveur ne répond pas (connexion interrompue?)';
    expect(frenchErrorDetails('L’enregistrement a échoué : TypeError: Failed to fetch')).toBe(lost);
    expect(frenchErrorDetails('L’enregistrement a échoué : TypeError: NetworkError when attempting to fetch resource.')).toBe(lost);
    expect(frenchErrorDetails('L’enregistrement a échoué : API_ERROR: TypeError: Failed to fetch')).toBe(lost);
  });

  test('replaces a raw JavaScript error with a French sentence, and leaves French text alone', () => {
    const message = frenchErrorDetails("L’aperçu n’a pas pu être chargé : TypeError: Cannot read properties of undefined (reading 'get')");
    expect(message).toBe(
      'L’aperçu n’a pas pu être chargé : erreur inattendue du CMS ; réessayez, et si elle revient, signalez-la au webmestre (le détail technique est dans la console du navigateur)',
    );
    expect(frenchErrorDetails(message!)).toBeUndefined();
    expect(frenchErrorDetails('Modifications enregistrées')).toBeUndefined();
  });

  test('leaves the guards’ own French refusals as written, while a plain Error would read as a raw one', () => {
    const refusal = 'public/fichiers/fiches/x/notes.docx — fichier téléversé : son contenu n’est pas celui d’un fichier Word (DOCX). Correction : retirez-le.';
    expect(String(new Refusal(refusal))).toBe(refusal);
    expect(frenchErrorDetails(`L’enregistrement a échoué : ${String(new Refusal(refusal))}`)).toBeUndefined();
    expect(frenchErrorDetails(`L’enregistrement a échoué : ${String(new Error(refusal))}`)).toContain('erreur inattendue du CMS');
  });
});
