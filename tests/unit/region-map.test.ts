import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import type { Region } from '../../src/lib/model';
import { mapLayout, overlappingPositions, regionPositions, tileSize, wrapName } from '../../src/lib/region-map';
import { regionFigures, regionFiguresText } from '../../src/lib/region-figures';
import { anySize, sampleRaw } from './fixtures';

/** The 17 regions as the committee keeps them, in `content/taxonomies/regions.yml`. */
const regions = (parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'taxonomies', 'regions.yml'), 'utf8')) as { regions: Region[] }).regions;

describe('regionPositions', () => {
  test('places every region of the taxonomy, and nothing else', () => {
    expect(regions).toHaveLength(17);
    expect(Object.keys(regionPositions).sort()).toEqual(regions.map((region) => region.code).sort());
  });

  test('gives no two regions the same cell', () => {
    expect(overlappingPositions(regionPositions)).toEqual([]);
  });

  test('keeps neighbours next to each other: north at the top, the St. Lawrence from west to east', () => {
    const at = (code: string) => regionPositions[code]!;
    expect(at('10').row).toBe(0);
    expect(at('08').row).toBeLessThan(at('07').row);
    expect(at('02').row).toBeLessThan(at('04').row);
    const northShore = ['07', '15', '14', '04', '03', '09'].map((code) => at(code).column);
    expect(northShore).toEqual([...northShore].sort((a, b) => a - b));
    expect(at('13').row).toBeLessThan(at('16').row);
    expect(at('11').column).toBe(Math.max(...Object.values(regionPositions).map((p) => p.column)));
  });
});

describe('overlappingPositions', () => {
  test('names the regions that share a cell', () => {
    expect(overlappingPositions({ '01': { column: 1, row: 1 }, '02': { column: 2, row: 1 }, '03': { column: 1, row: 1 } })).toEqual([['01', '03']]);
  });
});

describe('wrapName', () => {
  test('breaks a long name after its en dash first, then after hyphens', () => {
    expect(wrapName('Gaspésie–Îles-de-la-Madeleine')).toEqual(['Gaspésie–', 'Îles-de-la-', 'Madeleine']);
    expect(wrapName('Saguenay–Lac-Saint-Jean')).toEqual(['Saguenay–', 'Lac-Saint-Jean']);
    expect(wrapName('Abitibi-Témiscamingue')).toEqual(['Abitibi-', 'Témiscamingue']);
  });

  test('keeps a short name on one line', () => {
    expect(wrapName('Nord-du-Québec')).toEqual(['Nord-du-Québec']);
    expect(wrapName('Estrie')).toEqual(['Estrie']);
  });

  test('fits every region’s name on three lines of at most 14 characters', () => {
    for (const region of regions) {
      const lines = wrapName(region.name);
      expect(lines.join('')).toBe(region.name);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(14);
    }
  });
});

describe('mapLayout', () => {
  const layout = mapLayout(regions);

  test('draws one tile per region, row by row from the north, none overlapping', () => {
    expect(layout.tiles.map((tile) => tile.region.code)).toEqual(['10', '08', '02', '07', '15', '14', '04', '03', '09', '13', '06', '17', '12', '01', '11', '16', '05']);
    const { width, height } = tileSize;
    for (const [i, a] of layout.tiles.entries()) {
      for (const b of layout.tiles.slice(i + 1)) {
        const apart = a.x + width <= b.x || b.x + width <= a.x || a.y + height <= b.y || b.y + height <= a.y;
        expect(apart, `${a.region.code} et ${b.region.code}`).toBe(true);
      }
    }
  });

  test('is as large as its tiles: 7 columns and 5 rows', () => {
    const { width, height, gap } = tileSize;
    expect(layout.width).toBe(7 * width + 6 * gap);
    expect(layout.height).toBe(5 * height + 4 * gap);
    for (const tile of layout.tiles) {
      expect(tile.x + width).toBeLessThanOrEqual(layout.width);
      expect(tile.y + height).toBeLessThanOrEqual(layout.height);
    }
  });

  test('still shows a region that has no position, in a row of its own at the bottom', () => {
    const added = mapLayout([...regions, { id: 'nouvelle', code: '18', name: 'Nouvelle région' }]);
    const tile = added.tiles.find((one) => one.region.code === '18')!;
    expect(tile.position).toEqual({ column: 0, row: 5 });
    expect(added.tiles.at(-1)).toBe(tile);
  });
});

describe('regionFigures', () => {
  test('counts each region’s organizations and items as its page does, items naming no region in their organization’s', () => {
    const figures = regionFigures(buildLibrary(sampleRaw(), anySize));
    expect(figures.map(({ region, path, organizations, items, contents }) => ({ code: region.code, path, organizations, items, contents }))).toEqual([
      { code: '05', path: '/regions/estrie/', organizations: 1, items: { fiche: 2, outil: 1, modele: 0 }, contents: 3 },
      { code: '06', path: '/regions/montreal/', organizations: 1, items: { fiche: 1, outil: 0, modele: 0 }, contents: 1 },
    ]);
  });

  test('says the figures in the same words for every page, contents before organizations', () => {
    expect(regionFiguresText({ contents: 3, organizations: 1 })).toBe('3 contenus, 1 organisme');
    expect(regionFiguresText({ contents: 1, organizations: 0 })).toBe('1 contenu, aucun organisme');
    expect(regionFiguresText({ contents: 0, organizations: 2 })).toBe('aucun contenu, 2 organismes');
  });
});
