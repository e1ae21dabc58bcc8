import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { gluedLabels, gluedWords, labelsIn } from '../../src/lib/index-check';
import { checkExcerpts, readFragments } from '../../src/integrations/search-index';

describe('labelsIn', () => {
  test('returns the terms of a page’s definition lists, as text', () => {
    const html = '<dl class="pairs"><dt>Téléphone</dt><dd>819</dd><dt data-x="1"><span>Site&nbsp;Web</span></dt><dd>…</dd></dl><dt> </dt>';
    expect(labelsIn(html)).toEqual(['Téléphone', 'Site Web']);
  });
});

describe('gluedLabels', () => {
  const labels = ['Téléphone', 'Site Web', 'Publics'];
  test('finds a label glued to the value after it (a digit or a capital) or before it', () => {
    expect(gluedLabels('Courriel info@cap.example Téléphone819 555-0163 Site WebCap', labels)).toEqual([
      'Courriel info@cap.example Téléphone819 555-0163 Site',
      'Téléphone819 555-0163 Site WebCap',
    ]);
    expect(gluedLabels('…avec les employeurs0163Site Web', labels)).toEqual(['…avec les employeurs0163Site Web']);
  });
  test('leaves alone a label followed by a space or by the rest of a longer word', () => {
    expect(gluedLabels('Téléphone 819 555-0163. Publics visés : les Publicsx? Non : publics.', labels)).toEqual([]);
  });
});

describe('gluedWords', () => {
  test('finds a word glued to a number and a number glued to a word', () => {
    expect(gluedWords('Téléphone819 555-0163Site')).toEqual(['Téléphone819 555-0163Site', 'Téléphone819 555-0163Site']);
  });
  test('leaves alone hours, ordinals, codes and brand names', () => {
    expect(gluedWords('de 18h30 à 20 h, 1re et 2e secondaire, COVID-19, LibreOffice et PowerPoint, 3D')).toEqual([]);
  });
});

describe('checkExcerpts, at the end of the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carrefour-fragments-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, url: string, content: string) => {
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'fragment', name), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content, meta: {} })}`)));
  };

  test('reads the fragments Pagefind writes', async () => {
    write('a.pf_fragment', '/pratiques/a/', 'Titre. Résumé de la fiche.');
    expect(await readFragments(dir)).toEqual([{ url: '/pratiques/a/', content: 'Titre. Résumé de la fiche.' }]);
    await expect(checkExcerpts(dir, new Set(['Téléphone']))).resolves.toBeUndefined();
  });

  test('fails, in French, naming the page, when a label is glued to its value', async () => {
    write('b.pf_fragment', '/organismes/b/', 'Organisme B. Sa mission. Téléphone819 555-0163');
    await expect(checkExcerpts(dir, new Set(['Téléphone']))).rejects.toThrow(
      /une étiquette y est collée à sa valeur[\s\S]*\/organismes\/b\/ : « Sa mission\. Téléphone819 555-0163 »/,
    );
  });
});
