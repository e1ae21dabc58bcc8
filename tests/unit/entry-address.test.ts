import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { decapSlug, uniqueSlug } from '../../src/lib/slugs';
import { newEntryAddress } from '../../src/lib/entry-address';
import { readExistingEntries } from '../../cms/existing-entries';

/**
 * The steps of Decap's `prepareSlug` (formatters.ts): trim, lowercase, drop straight apostrophes, periods
 * to hyphens. Its module cannot be loaded in Node (its widget library needs a browser), so they are restated.
 */
const prepareSlug = (title: string) => title.trim().toLocaleLowerCase().replace(/[']/g, '').replace(/[.]/g, '-');

/** Decap's own slug code, loaded by path so the type check does not pull in Decap's TypeScript sources. */
const urlHelper = join(import.meta.dirname, '..', '..', 'node_modules', 'decap-cms-core', 'src', 'lib', 'urlHelper.ts');
const { sanitizeSlug } = (await import(/* @vite-ignore */ urlHelper)) as { sanitizeSlug: (text: string, options: object) => string };
const slugConfig = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;
/** What Decap itself names a new entry (formatters.ts, getProcessSegment), with this project's settings. */
const byDecap = (title: string) => sanitizeSlug(prepareSlug(title), slugConfig);

describe('decapSlug', () => {
  const titles = [
    'Club de lecture en famille',
    'Ateliers de cuisine collective pour les 16-24 ans',
    'Stages d’un jour',
    "L'école, c'est nous !",
    '« Raccrocher » : le retour à l’école',
    'Cœur à l’ouvrage — Éducation populaire',
    '  Café-rencontre Parents/Ados ? 2.0  ',
    'Œuvre_collective ~ Saint-Jérôme',
    'Ça, c’est du français : déjà, où, ï, û, ç, ÿ',
  ];
  test.each(titles)('« %s » gives the name Decap gives', (title) => {
    expect(decapSlug(title)).toBe(byDecap(title));
  });
  test('drops accents and joins words with hyphens', () => {
    expect(decapSlug('Stages d’un jour')).toBe('stages-d-un-jour');
    expect(decapSlug('« Raccrocher » : le retour à l’école')).toBe('raccrocher-le-retour-a-l-ecole');
  });
});

describe('uniqueSlug', () => {
  test('adds -1, -2… like Decap when the name is taken', () => {
    expect(uniqueSlug('mentorat', new Set())).toBe('mentorat');
    expect(uniqueSlug('mentorat', new Set(['mentorat', 'mentorat-1']))).toBe('mentorat-2');
  });
});

const entries = (...slugs: string[]) => slugs.map((slug) => ({ slug, title: slug.replace(/-/g, ' ') }));

describe('newEntryAddress', () => {
  test('gives the page address of a new sheet', () => {
    expect(newEntryAddress('fiches', 'Ateliers de cuisine', entries('club-de-lecture-en-famille'))).toEqual({ path: '/pratiques/ateliers-de-cuisine/' });
    expect(newEntryAddress('organismes', 'Le Pont — Gatineau', [])).toEqual({ path: '/organismes/le-pont-gatineau/' });
  });
  test('warns in French when an entry has the same title, case, accents and punctuation aside', () => {
    const existing = [{ slug: 'club-lecture', title: 'Club de lecture en famille' }];
    const warning = 'Une fiche porte déjà ce titre : /pratiques/club-lecture/. Choisissez un titre plus précis.';
    expect(newEntryAddress('fiches', 'Club de lecture en famille', existing)).toEqual({ path: '/pratiques/club-de-lecture-en-famille/', warning });
    expect(newEntryAddress('fiches', 'CLUB de lecture, en famille !', existing)?.warning).toBe(warning);
    expect(newEntryAddress('outils', 'Grille', [{ slug: 'grille', title: 'Grille' }])?.warning).toBe(
      'Un outil porte déjà ce titre : /outils/grille/. Choisissez un titre plus précis.',
    );
  });
  test('when only the address is taken, says so, names the entry that holds it and gives the address the page will really get', () => {
    expect(newEntryAddress('fiches', 'Club de lecture : en famille', [{ slug: 'club-de-lecture-en-famille', title: 'Club de lecture en famille (Gaspé)' }])).toEqual({
      path: '/pratiques/club-de-lecture-en-famille-1/',
      warning:
        'L’adresse /pratiques/club-de-lecture-en-famille/ est déjà prise par « Club de lecture en famille (Gaspé) » : cette page aura l’adresse /pratiques/club-de-lecture-en-famille-1/. Choisissez un titre plus précis.',
    });
  });
  test('gives nothing for a collection without pages or a title without letters', () => {
    expect(newEntryAddress('pages', 'Contribuer', [])).toBeUndefined();
    expect(newEntryAddress('fiches', ' « » ', [])).toBeUndefined();
  });
});

describe('readExistingEntries', () => {
  test('lists the file names and titles of the collections contributors add to, for the /admin/ page', () => {
    const existing = readExistingEntries(join(import.meta.dirname, '..', '..', 'content'));
    expect(Object.keys(existing).sort()).toEqual(['appels', 'fiches', 'modeles', 'organismes', 'outils', 'recits', 'rencontres']);
    expect(existing.fiches).toContainEqual({ slug: 'cafes-parents-ados', title: 'Cafés-rencontres parents-ados' });
    expect(existing.organismes?.map((entry) => entry.slug)).toContain('cap-reussite-rimouski');
    expect(existing.organismes?.find((entry) => entry.slug === 'cap-reussite-rimouski')?.title).toBeTruthy();
    expect(existing.recits?.map((entry) => entry.slug)).toContain('club-lecture-gaspesie');
  });
});
