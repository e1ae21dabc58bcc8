import { fromJS, type Map } from 'immutable';
import { describe, expect, test } from 'vitest';
import { draftMediaUrls, withDraftImages, withDraftMedia, type GetAsset } from '../../cms/media/draft-media';

/** An entry as Decap holds it: its data, and its draft files with their repository path and in-memory address. */
function entryWith(mediaFiles: { path: string; url?: string }[]): Map<string, unknown> {
  return fromJS({ data: { title: 'Jardin' }, mediaFiles });
}

const cover = '/images/fiches/jardin/potager.png';
const blob = 'blob:http://127.0.0.1:4321/1b6c9f0e-5d1a-4a57-9c61-2f7c9d1e0a11';

describe('draftMediaUrls', () => {
  test('maps each draft file under public/ to its public path, whether Decap wrote the path with or without a leading slash', () => {
    const urls = draftMediaUrls(
      entryWith([
        { path: 'public/images/fiches/jardin/potager.png', url: blob },
        { path: '/public/fichiers/fiches/jardin/plan.pdf', url: 'blob:http://127.0.0.1:4321/plan' },
      ]),
    );
    expect([...urls]).toEqual([
      [cover, blob],
      ['/fichiers/fiches/jardin/plan.pdf', 'blob:http://127.0.0.1:4321/plan'],
    ]);
  });

  test('ignores files outside public/, files without an address, and entries without draft files', () => {
    expect(draftMediaUrls(entryWith([{ path: 'content/fiches/jardin.mdx', url: blob }, { path: 'public/images/a.png' }, { path: 'publicity/a.png', url: blob }])).size).toBe(0);
    expect(draftMediaUrls(fromJS({ data: {} }) as Map<string, unknown>).size).toBe(0);
    expect(draftMediaUrls(undefined).size).toBe(0);
  });
});

describe('withDraftMedia', () => {
  const calls: unknown[][] = [];
  const decapGetAsset: GetAsset = (path, field) => {
    calls.push([path, field]);
    return { toString: () => path };
  };

  test('answers a draft file’s public path with the address Decap holds, without asking Decap', () => {
    calls.length = 0;
    const getAsset = withDraftMedia(decapGetAsset, () => entryWith([{ path: 'public/images/fiches/jardin/potager.png', url: blob }]));
    const asset = getAsset(cover);
    expect(String(asset)).toBe(blob);
    expect(asset).toMatchObject({ url: blob, path: cover });
    expect(calls).toEqual([]);
  });

  test('hands every other path, and its field, to Decap’s own getAsset', () => {
    calls.length = 0;
    const getAsset = withDraftMedia(decapGetAsset, () => entryWith([{ path: 'public/images/fiches/jardin/potager.png', url: blob }]));
    expect(String(getAsset('/images/fiches/cafes/photo.png', 'field'))).toBe('/images/fiches/cafes/photo.png');
    expect(calls).toEqual([['/images/fiches/cafes/photo.png', 'field']]);
  });

  test('reads the entry on each call, so a file uploaded after the wrapper was made is found', () => {
    let entry = entryWith([]);
    const getAsset = withDraftMedia(decapGetAsset, () => entry);
    expect(String(getAsset(cover))).toBe(cover);
    entry = entryWith([{ path: 'public/images/fiches/jardin/potager.png', url: blob }]);
    expect(String(getAsset(cover))).toBe(blob);
  });
});

describe('withDraftImages', () => {
  const urls = new globalThis.Map([[cover, blob]]);

  test('points the images of the draft’s own files at the address Decap holds, with or without a title or angle brackets', () => {
    expect(withDraftImages(`![Le potager](${cover})`, urls)).toBe(`![Le potager](${blob})`);
    expect(withDraftImages(`Voir ![Le potager en juin]( ${cover} "Juin") ici.`, urls)).toBe(`Voir ![Le potager en juin]( ${blob} "Juin") ici.`);
    expect(withDraftImages(`![Le potager](<${cover}>)`, urls)).toBe(`![Le potager](<${blob}>)`);
    expect(withDraftImages(`![a](${cover})\n\n![b](${cover})`, urls)).toBe(`![a](${blob})\n\n![b](${blob})`);
  });

  test('leaves links, other images and plain text untouched', () => {
    const text = [`[Le potager](${cover})`, '![Autre](/images/fiches/cafes/photo.png)', `Le fichier ${cover} est joint.`].join('\n\n');
    expect(withDraftImages(text, urls)).toBe(text);
    expect(withDraftImages(`![Le potager](${cover})`, new globalThis.Map())).toBe(`![Le potager](${cover})`);
  });
});
