/**
 * What a region counts, defined once: its member organizations, and the sheets, tools and models that
 * carry it (their own regions, or their organization's). The home page, the regions page, the map and the
 * region's own page all show these figures, in the same words, so they never disagree.
 */
import type { Library } from './library';
import { itemsWith } from './listings';
import type { Region } from './model';
import { taxonPath } from './slugs';
import { plural } from './text';
import { itemKinds, type ItemKind } from '../schema/registry';

/** One region's figures. */
export interface RegionFigures {
  region: Region;
  /** The region's page, `/regions/estrie/`. */
  path: string;
  organizations: number;
  /** Sheets, tools and models carrying the region, by kind, as its page lists them. */
  items: Record<ItemKind, number>;
  /** Sheets, tools and models together: « contenus ». */
  contents: number;
}

/** Returns each region's figures, in the taxonomy's order (by code). */
export function regionFigures(library: Library): RegionFigures[] {
  return library.taxonomies.regions.map((region) => {
    // Cast: a record filled key by key from the registry's listed kinds.
    const items = Object.fromEntries(itemKinds.map((kind) => [kind, itemsWith(library, kind, 'region', region.id).length])) as Record<ItemKind, number>;
    return {
      region,
      path: taxonPath('regions', region.id),
      organizations: library.organizations.filter((org) => org.region.id === region.id).length,
      items,
      contents: itemKinds.reduce((sum, kind) => sum + items[kind], 0),
    };
  });
}

/** Returns a region's contents in words: « 4 contenus », « aucun contenu ». */
export function contentsText(figures: Pick<RegionFigures, 'contents'>): string {
  return figures.contents > 0 ? plural(figures.contents, 'contenu', 'contenus') : 'aucun contenu';
}

/** Returns a region's organizations in words: « 1 organisme », « aucun organisme ». */
export function organizationsText(figures: Pick<RegionFigures, 'organizations'>): string {
  return figures.organizations > 0 ? plural(figures.organizations, 'organisme', 'organismes') : 'aucun organisme';
}

/** Returns a region's figures in the words every page uses: « 4 contenus, 1 organisme ». */
export function regionFiguresText(figures: Pick<RegionFigures, 'contents' | 'organizations'>): string {
  return `${contentsText(figures)}, ${organizationsText(figures)}`;
}
