import { describe, expect, test } from 'vitest';
import { buildLibrary, LibraryError } from '../../src/lib/library';
import { anySize, sampleRaw } from './fixtures';

describe('buildLibrary', () => {
  test('resolves organizations, taxonomies and attachments', () => {
    const library = buildLibrary(sampleRaw(), anySize);
    const alpha = library.byKey.get('fiche:alpha')!;
    expect(alpha.organization?.name).toBe('Org A');
    expect(alpha.themes.map((t) => t.label)).toEqual(['Persévérance scolaire']);
    expect(alpha.path).toBe('/pratiques/alpha/');
    const tool = library.byKey.get('outil:grille')!;
    expect(tool.typeLabel).toBe('Grille d’observation');
    expect(tool.attachments).toEqual([{ title: 'La grille', path: '/fichiers/outils/grille.pdf', extension: 'PDF', formatName: 'PDF', bytes: 12_345, sizeLabel: '12 Ko' }]);
  });

  test('gives tools the region of their organization', () => {
    const library = buildLibrary(sampleRaw(), anySize);
    expect(library.byKey.get('outil:grille')!.regions.map((r) => r.id)).toEqual(['estrie']);
  });

  test('links related items in both directions', () => {
    const library = buildLibrary(sampleRaw(), anySize);
    expect([...library.byKey.get('fiche:alpha')!.links]).toEqual(['outil:grille']);
    expect([...library.byKey.get('outil:grille')!.links]).toEqual(['fiche:alpha']);
  });

  test('sorts lists in French alphabetical order', () => {
    const raw = sampleRaw();
    raw.entries.fiche[0]!.data.title = 'Éveil';
    raw.entries.fiche[1]!.data.title = 'Zèbre';
    raw.entries.fiche[2]!.data.title = 'Atelier';
    expect(buildLibrary(raw, anySize).byKind.fiche.map((s) => s.title)).toEqual(['Atelier', 'Éveil', 'Zèbre']);
  });

  test('throws a French message naming file, field, value and suggestion for an unknown reference', () => {
    const raw = sampleRaw();
    raw.entries.fiche[0]!.data.organization = 'org-aa';
    raw.entries.fiche[1]!.data.themes = ['perseverence-scolaire'];
    expect(() => buildLibrary(raw, anySize)).toThrowError(LibraryError);
    try {
      buildLibrary(raw, anySize);
    } catch (error) {
      expect((error as Error).message).toMatchInlineSnapshot(`
        "2 problèmes à corriger dans la bibliothèque (références ou fichiers introuvables) :
        content/fiches/alpha.mdx — champ « Organisme » (organization) : valeur inconnue « org-aa », qui devrait désigner un organisme (content/organismes/). Correction : Vouliez-vous dire « org-a » ?
        content/fiches/beta.mdx — champ « Thèmes » (themes) : valeur inconnue « perseverence-scolaire », qui devrait désigner un thème (content/taxonomies/themes.yml). Correction : Vouliez-vous dire « perseverance-scolaire » ?"
      `);
    }
  });

  test('reports an attachment missing from public/', () => {
    const raw = sampleRaw();
    expect(() => buildLibrary(raw, () => undefined)).toThrowError(
      'content/outils/grille.mdx — champ « Fichier » (files[0].file) : fichier « /fichiers/outils/grille.pdf » introuvable dans public/. Correction : Téléversez le fichier, ou corrigez le chemin',
    );
  });

  test('checks references inside organizations', () => {
    const raw = sampleRaw();
    raw.entries.organisme[0]!.data.region = 'gaspesie';
    expect(() => buildLibrary(raw, anySize)).toThrowError(/content\/organismes\/org-a\.yml — champ « Région » \(region\) : valeur inconnue « gaspesie »/);
  });
});
