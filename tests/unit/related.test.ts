import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { buildRelatedIndex, peerOrganizations, relatedItems, relatedScore } from '../../src/lib/related';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);
const get = (key: string) => library.byKey.get(key)!;

describe('relatedItems', () => {
  test('puts explicitly linked items first', () => {
    expect(relatedItems(get('fiche:alpha'), library.related).map((i) => i.slug)).toEqual(['grille', 'beta']);
  });

  test('leaves out the item itself and items sharing no theme', () => {
    expect(relatedItems(get('fiche:gamma'), library.related)).toEqual([]);
  });

  test('scores shared themes above shared audiences and regions', () => {
    expect(relatedScore(get('fiche:alpha'), get('fiche:beta'))).toBe(3 + 1);
    expect(relatedScore(get('fiche:alpha'), get('fiche:gamma'))).toBe(1 + 1);
  });

  test('respects the limit', () => {
    expect(relatedItems(get('fiche:alpha'), library.related, 1)).toHaveLength(1);
  });

  test('reads only the newest items of each theme, so its cost does not grow with the library', () => {
    const index = buildRelatedIndex(library.items, 1);
    // beta is the newest sheet on the theme; alpha's explicit link to grille still counts.
    expect(relatedItems(get('fiche:alpha'), index).map((i) => i.slug)).toEqual(['grille', 'beta']);
    expect(relatedItems(get('fiche:beta'), index).map((i) => i.slug)).toEqual([]);
  });
});

describe('peerOrganizations', () => {
  test('lists other organizations with sheets on the same themes', () => {
    const peers = peerOrganizations(get('fiche:alpha'), library.related);
    expect(peers.map((p) => [p.organization.slug, p.sheets.map((s) => s.slug), p.count])).toEqual([['org-b', ['beta'], 1]]);
  });

  test('leaves out the item’s own organization', () => {
    expect(peerOrganizations(get('fiche:beta'), library.related).map((p) => p.organization.slug)).toEqual(['org-a']);
  });
});
