import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { peerOrganizations, relatedItems, relatedScore } from '../../src/lib/related';
import { anySize, sampleRaw } from './fixtures';

const library = buildLibrary(sampleRaw(), anySize);
const get = (key: string) => library.byKey.get(key)!;

describe('relatedItems', () => {
  test('puts explicitly linked items first', () => {
    expect(relatedItems(get('fiche:alpha'), library.items).map((i) => i.slug)).toEqual(['grille', 'beta']);
  });

  test('leaves out the item itself and items sharing no theme', () => {
    const related = relatedItems(get('fiche:gamma'), library.items);
    expect(related).toEqual([]);
  });

  test('scores shared themes above shared audiences and regions', () => {
    expect(relatedScore(get('fiche:alpha'), get('fiche:beta'))).toBe(3 + 1);
    expect(relatedScore(get('fiche:alpha'), get('fiche:gamma'))).toBe(1 + 1);
  });

  test('respects the limit', () => {
    expect(relatedItems(get('fiche:alpha'), library.items, 1)).toHaveLength(1);
  });
});

describe('peerOrganizations', () => {
  test('lists other organizations with sheets on the same themes', () => {
    const peers = peerOrganizations(get('fiche:alpha'), library.sheets);
    expect(peers.map((p) => [p.organization.slug, p.sheets.map((s) => s.slug)])).toEqual([['org-b', ['beta']]]);
  });
});
