import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { buildRelatedIndex, peerOrganizations, relatedItems, relatedScore, stableHash } from '../../src/lib/related';
import type { RawLibrary } from '../../src/lib/library';
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
    expect(peers.map((p) => [p.organization.slug, p.sheets.map((s) => s.slug), p.more])).toEqual([['org-b', ['beta'], false]]);
  });

  test('leaves out the item’s own organization', () => {
    expect(peerOrganizations(get('fiche:beta'), library.related).map((p) => p.organization.slug)).toEqual(['org-a']);
  });
});

/** The sample library plus `count` sheets that all share a theme, an audience and a region, alternating organizations. */
function crowdedRaw(count: number, extra = 0): RawLibrary {
  const raw = sampleRaw();
  const template = raw.entries.fiche[0]!;
  for (let i = 0; i < count + extra; i++) {
    const id = `f${String(i).padStart(3, '0')}`;
    // The extra sheets are the newest, as a sheet added today would be.
    const published = i < count ? new Date(Date.UTC(2020, 0, 1 + i)) : new Date('2026-11-28');
    raw.entries.fiche.push({
      ...template,
      id,
      filePath: `content/fiches/${id}.mdx`,
      data: { ...template.data, title: id, relatedTools: [], organization: i % 2 ? 'org-b' : 'org-a', published },
    });
  }
  return raw;
}

/** Returns, for each sheet of `before`, whether `show` gives something else once `after` is built. */
function changedPages(count: number, show: (key: string, library: ReturnType<typeof buildLibrary>) => string[]) {
  const before = buildLibrary(crowdedRaw(count), anySize);
  const after = buildLibrary(crowdedRaw(count, 1), anySize);
  return before.byKind.fiche.filter((sheet) => show(`fiche:${sheet.slug}`, before).join() !== show(`fiche:${sheet.slug}`, after).join()).length;
}

describe('adding a sheet changes few other pages (each changed page is rebuilt)', () => {
  test('stableHash is the same on every call and spreads close texts', () => {
    expect(stableHash('fiche:alpha|fiche:beta')).toBe(stableHash('fiche:alpha|fiche:beta'));
    expect(new Set(['a', 'b', 'c', 'd'].map(stableHash)).size).toBe(4);
  });

  test('a new sheet as close as the others enters the related content of only a few pages', () => {
    const changed = changedPages(400, (key, library) => relatedItems(library.byKey.get(key)!, library.related).map((i) => i.slug));
    // Ordered by date, the newest sheet would enter all 403 pages.
    expect(changed).toBeLessThan(400 / 10);
  });

  test('a new sheet changes “who else practices this” on only a few pages, whatever their count', () => {
    const changed = changedPages(400, (key, library) =>
      peerOrganizations(library.byKey.get(key)!, library.related).flatMap((p) => [p.organization.slug, ...p.sheets.map((s) => s.slug), String(p.more)]),
    );
    expect(changed).toBeLessThan(400 / 4);
  });

  test('peers show a bounded sample and say when there are more', () => {
    const library = buildLibrary(crowdedRaw(400), anySize);
    const [peer] = peerOrganizations(library.byKey.get('fiche:f000')!, library.related);
    expect(peer?.organization.slug).toBe('org-b');
    expect(peer?.sheets).toHaveLength(3);
    expect(peer?.more).toBe(true);
  });
});
