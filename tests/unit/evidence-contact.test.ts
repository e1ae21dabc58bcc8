import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { evidenceDetails } from '../../src/lib/evidence';
import { mailtoHref, readCommitteeEmail } from '../../src/lib/contact';
import { regionFigures } from '../../src/lib/region-figures';
import { facetFolderKey } from '../../src/lib/cache-keys';
import { facetFolderPath, facetFolders, facetListingPath } from '../../src/lib/listings';
import { listingRoutes } from '../../src/lib/routes';
import { filterTotals, itemSearchFields, organizationSearchFields } from '../../src/lib/search-fields';
import { takenAddress } from '../../src/lib/slugs';
import { kinds } from '../../src/schema/registry';
import { sheetPaths } from '../../scripts/lib/sizes.mjs';
import { anySize, sampleRaw } from './fixtures';

const evaluation = {
  measured: 'Les absences des élèves',
  method: 'Comparaison avec une école voisine',
  evaluator: 'Un laboratoire universitaire',
  reviewed: new Date('2025-06-19'),
};

describe('evidenceDetails', () => {
  test('gives what was measured, how, by whom and when it was checked, labelled as in the schema', () => {
    const raw = sampleRaw();
    raw.entries.fiche[0]!.data.evaluation = evaluation;
    const sheet = buildLibrary(raw, anySize).byKey.get('fiche:alpha')!;
    expect(evidenceDetails(sheet)).toEqual([
      { name: 'measured', label: 'Ce qui a été mesuré', text: 'Les absences des élèves' },
      { name: 'method', label: 'Méthode', text: 'Comparaison avec une école voisine' },
      { name: 'evaluator', label: 'Évaluation menée par', text: 'Un laboratoire universitaire' },
      { name: 'reviewed', label: 'Vérifiée le', text: '19 juin 2025', iso: '2025-06-19' },
    ]);
  });

  test('gives nothing for a sheet without evaluation, or a tool', () => {
    const library = buildLibrary(sampleRaw(), anySize);
    expect(evidenceDetails(library.byKey.get('fiche:alpha')!)).toEqual([]);
    expect(evidenceDetails(library.byKey.get('outil:grille')!)).toEqual([]);
  });
});

describe('the committee’s address', () => {
  test('comes from COMMITTEE_EMAIL, trimmed, or the default when unset or blank', () => {
    expect(readCommitteeEmail({ COMMITTEE_EMAIL: ' comite@reseau.example ' }, 'defaut@x.example')).toBe('comite@reseau.example');
    expect(readCommitteeEmail({ COMMITTEE_EMAIL: '  ' }, 'defaut@x.example')).toBe('defaut@x.example');
    expect(readCommitteeEmail({}, 'defaut@x.example')).toBe('defaut@x.example');
  });

  test('stops the build, in French, when it is not an address', () => {
    expect(() => readCommitteeEmail({ COMMITTEE_EMAIL: 'comité' }, 'defaut@x.example')).toThrow('COMMITTEE_EMAIL n’est pas une adresse courriel : « comité »');
  });

  test('makes a mailto: link whose subject and body survive accents, spaces and reserved characters', () => {
    const href = mailtoHref('comite@reseau.example', 'Proposer une modification : Cafés & ados (/pratiques/cafes/)', 'Adresse : ');
    expect(href).toBe('mailto:comite@reseau.example?subject=Proposer%20une%20modification%20%3A%20Caf%C3%A9s%20%26%20ados%20(%2Fpratiques%2Fcafes%2F)&body=Adresse%20%3A%20');
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Proposer une modification : Cafés & ados (/pratiques/cafes/)');
    expect(mailtoHref('a@b.example', 'Sujet')).toBe('mailto:a@b.example?subject=Sujet');
  });
});

describe('facet folders', () => {
  const library = buildLibrary(sampleRaw(), anySize);

  test('one per facet of a kind, in the registry’s order, each value linking to its listing', () => {
    const folders = facetFolders(library, 'fiche');
    expect(folders.map((folder) => folder.path)).toEqual(kinds.fiche.facets.map((key) => `/pratiques/${key}/`));
    const themes = folders.find((folder) => folder.key === 'theme')!;
    expect(themes.values.map((value) => [value.label, value.count, value.path])).toEqual([
      ['Persévérance scolaire', 2, '/pratiques/theme/perseverance-scolaire/'],
      ['Littératie et numératie', 1, '/pratiques/theme/litteratie/'],
    ]);
    expect(facetListingPath('outil', 'type', 'grille')).toBe(`${facetFolderPath('outil', 'type')}grille/`);
  });

  test('list values in their taxonomy’s order (regions by code), or alphabetically without one (organizations)', () => {
    const raw = sampleRaw();
    raw.entries.fiche.push({ ...raw.entries.fiche[1]!, id: 'delta' });
    const twoInMontreal = buildLibrary(raw, anySize);
    const folder = (key: string) =>
      facetFolders(twoInMontreal, 'fiche')
        .find((f) => f.key === key)!
        .values.map((v) => [v.label, v.count]);
    expect(folder('region')).toEqual([
      ['Estrie', 2],
      ['Montréal', 2],
    ]);
    expect(folder('organisme')).toEqual([
      ['Org A', 1],
      ['Org B', 3],
    ]);
  });

  test('are routes of the listing pages, keyed by their values', () => {
    const routes = listingRoutes(library, 'modele');
    const folders = routes.filter((route) => 'folder' in route.props);
    expect(folders.map((route) => route.params.listing)).toEqual([...kinds.modele.facets]);
    const raw = sampleRaw();
    raw.entries.fiche[2]!.data.themes = ['perseverance-scolaire'];
    const themes = (lib: typeof library) => facetFolders(lib, 'fiche').find((f) => f.key === 'theme')!;
    expect(facetFolderKey(library, themes(library))).not.toBe(facetFolderKey(buildLibrary(raw, anySize), themes(buildLibrary(raw, anySize))));
  });

  test('take addresses no entry of their kind may take', () => {
    expect(takenAddress('fiches', 'organisme')).toBe('/pratiques/organisme/');
    expect(takenAddress('outils', 'type')).toBe('/outils/type/');
    expect(takenAddress('fiches', 'type')).toBeUndefined();
    expect(takenAddress('fiches', 'mentorat')).toBeUndefined();
    expect(takenAddress('pages', 'recherche')).toBe('/recherche/');
    expect(takenAddress('pages', 'contribuer')).toBeUndefined();
  });
});

describe('regionFigures and the search', () => {
  test('a region’s contents and organizations are the pages the search’s region filter finds', () => {
    const library = buildLibrary(sampleRaw(), anySize);
    const counts = Object.fromEntries(
      regionFigures(library)
        .filter((figure) => figure.contents + figure.organizations > 0)
        .map((figure) => [figure.region.id, figure.contents + figure.organizations]),
    );
    // Estrie: sheets alpha and gamma, the tool (its organization's region) and Org A; Montréal: beta and Org B.
    expect(counts).toEqual({ estrie: 4, montreal: 2 });
    const search = filterTotals([...library.items.map(itemSearchFields), ...library.organizations.map(organizationSearchFields)]);
    expect(counts).toEqual(search.region);
  });
});

describe('sheetPaths', () => {
  const dist = mkdtempSync(join(tmpdir(), 'carrefour-sizes-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test('reads the sheets from the open data, never a listing folder', () => {
    mkdirSync(join(dist, 'donnees'));
    mkdirSync(join(dist, 'pratiques', 'organisme'), { recursive: true });
    writeFileSync(
      join(dist, 'donnees', 'bibliotheque.json'),
      JSON.stringify({ sheets: [{ url: 'https://exemple.org/pratiques/mentorat/' }], tools: [{ url: 'https://exemple.org/outils/grille/' }] }),
    );
    expect(sheetPaths(dist)).toEqual(['/pratiques/mentorat/']);
  });

  test('asks for a build when there is none', () => {
    expect(() => sheetPaths(join(dist, 'absent'))).toThrow('Lancez d’abord « npm run build »');
  });
});
