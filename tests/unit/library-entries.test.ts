import { describe, expect, test } from 'vitest';
import { feedEntries, siteFeedKinds, taxonFeedKinds } from '../../src/lib/feeds';
import type { Library } from '../../src/lib/library';
import { forKind, libraryEntries, type PerKind } from '../../src/lib/library-entries';
import { allKinds, itemKinds, type Kind } from '../../src/schema/registry';

/** One entry of `kind`, with what feeds read. */
const entry = (kind: Kind) => ({
  kind,
  slug: kind,
  title: `Titre ${kind}`,
  path: `/${kind}/`,
  summary: `Résumé ${kind}`,
  typeLabel: `Type ${kind}`,
  published: new Date('2026-01-01'),
  organization: { name: 'Org A' },
  region: { name: 'Estrie' },
});

/** A library holding one entry of every kind of the registry, where buildLibrary puts each. */
const library = {
  byKind: { fiche: [entry('fiche')], outil: [entry('outil')], modele: [entry('modele')] },
  organizations: [entry('organisme')],
  events: [entry('rencontre')],
  reports: [entry('recit')],
  questions: [entry('appel')],
} as unknown as Library;

describe('libraryEntries', () => {
  test('gives every kind of the registry, kind by kind in the order asked', () => {
    expect(libraryEntries(library, allKinds).map((one) => one.kind)).toEqual([...allKinds]);
    expect(libraryEntries(library, ['appel', 'fiche']).map((one) => one.kind)).toEqual(['appel', 'fiche']);
  });

  test('forKind applies the function of the entry’s own kind', () => {
    const labels: PerKind<string, [string]> = {
      fiche: (one, prefix) => `${prefix}fiche:${one.slug}`,
      outil: (one, prefix) => `${prefix}outil:${one.slug}`,
      modele: (one, prefix) => `${prefix}modele:${one.slug}`,
      organisme: (one, prefix) => `${prefix}organisme:${one.slug}`,
      rencontre: (one, prefix) => `${prefix}rencontre:${one.slug}`,
      recit: (one, prefix) => `${prefix}recit:${one.slug}`,
      appel: (one, prefix) => `${prefix}appel:${one.slug}`,
    };
    expect(libraryEntries(library, allKinds).map((one) => forKind(labels, one, '> '))).toEqual(allKinds.map((kind) => `> ${kind}:${kind}`));
  });
});

describe('feedEntries', () => {
  test('the site feed holds every kind but organizations', () => {
    expect(siteFeedKinds).toEqual(allKinds.filter((kind) => kind !== 'organisme'));
    expect(feedEntries(library).map((one) => one.path)).toEqual(siteFeedKinds.map((kind) => `/${kind}/`));
  });

  test('a question says who asks it', () => {
    const question = feedEntries(library).find((one) => one.path === '/appel/')!;
    expect(question).toEqual({
      title: 'Titre appel',
      path: '/appel/',
      summary: 'Appel à la communauté — Org A, Estrie.',
      typeLabel: 'Appel à la communauté',
      published: new Date('2026-01-01'),
    });
  });

  test('theme and region feeds hold the listed kinds only: sheets, tools and models', () => {
    expect(taxonFeedKinds).toEqual(itemKinds);
    expect(feedEntries(library, taxonFeedKinds).map((one) => one.path)).toEqual(['/fiche/', '/outil/', '/modele/']);
  });
});
