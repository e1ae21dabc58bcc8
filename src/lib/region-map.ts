/**
 * The schematic map of Québec's administrative regions: one equal tile per region on a grid, each placed
 * roughly where its region lies (north at the top, the St. Lawrence from west to east), drawn at build time.
 * It is a tile cartogram, not a geographic map: no borders or areas, only neighbourhoods.
 */
import type { Region } from './model';

/** A tile's place on the grid: column from the west, row from the north, both from 0. */
export interface GridPosition {
  column: number;
  row: number;
}

/**
 * Where each region's tile sits, by official code. North: Nord-du-Québec; then Abitibi-Témiscamingue and
 * Saguenay–Lac-Saint-Jean; the north shore from Outaouais to Côte-Nord; Laval, Montréal and the south shore
 * from Centre-du-Québec to Gaspésie; Montérégie and Estrie along the border.
 */
export const regionPositions: Readonly<Record<string, GridPosition>> = {
  '10': { column: 2, row: 0 },
  '08': { column: 0, row: 1 },
  '02': { column: 3, row: 1 },
  '07': { column: 0, row: 2 },
  '15': { column: 1, row: 2 },
  '14': { column: 2, row: 2 },
  '04': { column: 3, row: 2 },
  '03': { column: 4, row: 2 },
  '09': { column: 5, row: 2 },
  '13': { column: 1, row: 3 },
  '06': { column: 2, row: 3 },
  '17': { column: 3, row: 3 },
  '12': { column: 4, row: 3 },
  '01': { column: 5, row: 3 },
  '11': { column: 6, row: 3 },
  '16': { column: 2, row: 4 },
  '05': { column: 3, row: 4 },
};

/** Size of a tile and of the gap between tiles, in the SVG's units. */
export const tileSize = { width: 132, height: 124, gap: 6 } as const;
/** Characters a line of a region's name holds at most on its tile. */
const lineLength = 14;

/** Returns a region's name cut into lines of at most `max` characters, after its dashes and hyphens (« Gaspésie– / Îles-de-la- / Madeleine »). */
export function wrapName(name: string, max = lineLength): string[] {
  const lines: string[] = [];
  // An en dash joins two names: break there first, then after hyphens as needed.
  for (const part of name.split(/(?<=–)/)) {
    let line = '';
    for (const word of part.split(/(?<=-)/)) {
      if (line && (line + word).length > max) {
        lines.push(line);
        line = '';
      }
      line += word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** One region's tile: its place in SVG units and its name in lines. */
interface MapTile {
  region: Region;
  position: GridPosition;
  x: number;
  y: number;
  lines: string[];
}

export interface MapLayout {
  tiles: MapTile[];
  width: number;
  height: number;
}

/**
 * Returns the map's tiles, in reading order (row by row, west to east), and its size. A region without a
 * position (one the committee added to the list) gets a tile in an extra row at the bottom, so it still shows.
 */
export function mapLayout(regions: readonly Region[], positions: Readonly<Record<string, GridPosition>> = regionPositions): MapLayout {
  const placed = regions.filter((region) => positions[region.code]);
  const lastRow = Math.max(-1, ...placed.map((region) => positions[region.code]!.row));
  const extra = regions.filter((region) => !positions[region.code]).map((region, i): [Region, GridPosition] => [region, { column: i, row: lastRow + 1 }]);
  const { width, height, gap } = tileSize;
  const tiles = [...placed.map((region): [Region, GridPosition] => [region, positions[region.code]!]), ...extra]
    .map(([region, position]) => ({ region, position, x: position.column * (width + gap), y: position.row * (height + gap), lines: wrapName(region.name) }))
    .sort((a, b) => a.position.row - b.position.row || a.position.column - b.position.column);
  const columns = Math.max(0, ...tiles.map((tile) => tile.position.column + 1));
  const rows = Math.max(0, ...tiles.map((tile) => tile.position.row + 1));
  return { tiles, width: columns * (width + gap) - gap, height: rows * (height + gap) - gap };
}

/** Returns the codes of regions whose positions are taken by another region: each list holds codes sharing one cell. */
export function overlappingPositions(positions: Readonly<Record<string, GridPosition>>): string[][] {
  const cells = new Map<string, string[]>();
  for (const [code, { column, row }] of Object.entries(positions)) cells.set(`${column},${row}`, [...(cells.get(`${column},${row}`) ?? []), code]);
  return [...cells.values()].filter((codes) => codes.length > 1);
}
