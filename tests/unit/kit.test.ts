import { describe, expect, test } from 'vitest';
import { addEntry, decodeShared, encodeShared, KIT_LIMIT, mergeKits, parseRef, readKit, reconcileKit, removeEntry, writeKit, type KitEntry } from '../../src/lib/kit';

const routes = ['pratiques', 'outils', 'modeles'];
const entry = (ref: string, title = ref): KitEntry => ({ ref, title, type: 'Fiche de pratique', summary: `Résumé de ${title}` });

describe('parseRef', () => {
  test('returns the reference of an entry page of a known kind, with or without slashes around', () => {
    expect(parseRef('pratiques/mentorat-entre-pairs', routes)).toBe('pratiques/mentorat-entre-pairs');
    expect(parseRef('/outils/grille/', routes)).toBe('outils/grille');
  });

  test('refuses another kind, a deeper path, an empty or unsafe slug', () => {
    for (const text of [
      'organismes/x',
      'pratiques',
      'pratiques/',
      'pratiques/a/b',
      'pratiques/Mentorat',
      'pratiques/../admin',
      'pratiques/a b',
      'pratiques/-a',
      'https://x/pratiques/a',
    ]) {
      expect(parseRef(text, routes), text).toBeUndefined();
    }
  });
});

describe('encodeShared and decodeShared', () => {
  test('round-trip a kit’s references through its share address, in order', () => {
    const refs = ['pratiques/mentorat', 'outils/grille', 'modeles/logique'];
    const address = encodeShared(refs);
    expect(address).toBe('/trousse/?e=pratiques/mentorat,outils/grille,modeles/logique');
    expect(decodeShared(new URL(address, 'https://x.example').searchParams.get('e'), routes)).toEqual({ refs, refused: 0, overLimit: 0 });
  });

  test('an empty kit shares the bare kit page', () => {
    expect(encodeShared([])).toBe('/trousse/');
    expect(decodeShared(null, routes)).toEqual({ refs: [], refused: 0, overLimit: 0 });
  });

  test('drop duplicates, count refused references, and keep at most KIT_LIMIT', () => {
    expect(decodeShared('pratiques/a,pratiques/a,,organismes/b,pratiques/<script>', routes)).toEqual({ refs: ['pratiques/a'], refused: 2, overLimit: 0 });
    const many = Array.from({ length: KIT_LIMIT + 5 }, (_, i) => `pratiques/f${i}`).join(',');
    expect(decodeShared(many, routes).refs).toHaveLength(KIT_LIMIT);
  });

  test('count every valid entry left out beyond KIT_LIMIT, each once, apart from the refused addresses', () => {
    const refs = Array.from({ length: KIT_LIMIT + 7 }, (_, i) => `pratiques/f${i}`);
    const shared = decodeShared([...refs, `pratiques/f${KIT_LIMIT + 1}`, 'pratiques/f0', 'organismes/x'].join(','), routes);
    expect(shared).toEqual({ refs: refs.slice(0, KIT_LIMIT), refused: 1, overLimit: 7 });
  });
});

describe('readKit and writeKit', () => {
  test('round-trip a kit', () => {
    const kit = [entry('pratiques/a', 'A'), entry('outils/b', 'B')];
    expect(readKit(writeKit(kit), routes)).toEqual(kit);
  });

  test('return an empty kit for nothing stored, broken JSON or another shape', () => {
    for (const stored of [null, '', '{', '{"ref":"pratiques/a"}', '42']) expect(readKit(stored, routes), String(stored)).toEqual([]);
  });

  test('leave out entries that are not valid, and fill missing texts', () => {
    const stored = JSON.stringify([null, 'pratiques/a', { ref: 'organismes/x', title: 'X' }, { ref: 'pratiques/a', title: 7 }, { ref: 'pratiques/a', title: 'Double' }]);
    expect(readKit(stored, routes)).toEqual([{ ref: 'pratiques/a', title: 'pratiques/a', type: '', summary: '' }]);
  });
});

describe('addEntry, removeEntry and mergeKits', () => {
  test('add an entry last, once; a second add refreshes its details', () => {
    const kit = addEntry(addEntry([], entry('pratiques/a')), entry('outils/b'));
    expect(kit.map((e) => e.ref)).toEqual(['pratiques/a', 'outils/b']);
    expect(addEntry(kit, entry('pratiques/a', 'Nouveau titre')).map((e) => e.title)).toEqual(['Nouveau titre', 'outils/b']);
  });

  test('leave a full kit unchanged', () => {
    const full = Array.from({ length: KIT_LIMIT }, (_, i) => entry(`pratiques/f${i}`));
    expect(addEntry(full, entry('outils/b'))).toHaveLength(KIT_LIMIT);
  });

  test('remove an entry, and only it', () => {
    expect(removeEntry([entry('pratiques/a'), entry('outils/b')], 'pratiques/a').map((e) => e.ref)).toEqual(['outils/b']);
  });

  test('add a shared kit’s new entries after one’s own, and count them', () => {
    const own = [entry('pratiques/a', 'Mine')];
    const shared = [entry('outils/b'), entry('pratiques/a', 'Theirs')];
    expect(mergeKits(own, shared)).toEqual({ kit: [entry('pratiques/a', 'Mine'), entry('outils/b')], added: 1, full: 0 });
  });

  test('count the shared entries a nearly full kit could not take', () => {
    const own = Array.from({ length: KIT_LIMIT - 2 }, (_, i) => entry(`pratiques/f${i}`));
    const shared = [entry('pratiques/f0'), ...['outils/a', 'outils/b', 'outils/c', 'outils/d', 'outils/e'].map((ref) => entry(ref))];
    const merged = mergeKits(own, shared);
    expect(merged.kit.map((e) => e.ref).slice(-3)).toEqual([`pratiques/f${KIT_LIMIT - 3}`, 'outils/a', 'outils/b']);
    expect(merged).toMatchObject({ added: 2, full: 3 });
  });
});

describe('reconcileKit', () => {
  test('refreshes entries from their pages, reports those whose page is gone, keeps those not checked', () => {
    const kit = [entry('pratiques/a', 'Ancien titre'), entry('pratiques/retiree'), entry('outils/b')];
    const found = new Map<string, KitEntry | null | undefined>([
      ['pratiques/a', entry('pratiques/a', 'Titre actuel')],
      ['pratiques/retiree', null],
      ['outils/b', undefined],
    ]);
    const { kit: checked, missing } = reconcileKit(kit, found);
    expect(checked.map((e) => e.title)).toEqual(['Titre actuel', 'pratiques/retiree', 'outils/b']);
    expect(missing.map((e) => e.ref)).toEqual(['pratiques/retiree']);
  });
});
