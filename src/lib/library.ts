import { fiches, modeles, organismes, outils } from '../schema/collections';
import type { CollectionSpec } from '../schema/fields';
import { modelTypeOptions, optionLabel, toolTypeOptions } from '../schema/options';
import { fileExtension, fileFormatName, formatFileSize } from './files';
import type { Attachment, Item, ItemKind, Organization, Taxon, Taxonomies } from './model';
import { itemKey } from './model';
import { findUnknownReferences, formatReferenceProblems, type KnownIds, type ReferenceProblem } from './references';
import { entryPath } from './slugs';
import { buildRelatedIndex, type RelatedIndex } from './related';
import { compareFrench, readingMinutes } from './text';

/** An entry as the content layer gives it. */
export interface RawEntry {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
  body?: string | undefined;
}

export interface RawLibrary extends Taxonomies {
  fiches: RawEntry[];
  outils: RawEntry[];
  modeles: RawEntry[];
  organismes: RawEntry[];
}

export interface Library {
  taxonomies: Taxonomies;
  organizations: Organization[];
  sheets: Item[];
  tools: Item[];
  models: Item[];
  /** Sheets, tools and models together. */
  items: Item[];
  byKey: Map<string, Item>;
  /** Computed once, so related content costs the same on every page whatever the library's size. */
  related: RelatedIndex;
}

/** Thrown when the library has references or files that do not exist; the message is for contributors. */
export class LibraryError extends Error {
  constructor(readonly problems: ReferenceProblem[]) {
    super(formatReferenceProblems(problems));
    this.name = 'LibraryError';
    // Contributors read this message: Astro prints a stack trace when there is one, and it would only get in the way.
    this.stack = '';
  }
}

/** Returns the size in bytes of a file under `public/`, or undefined when it is missing. */
export type FileSizeLookup = (publicPath: string) => number | undefined;

const kinds: { kind: ItemKind; spec: CollectionSpec; linkFields: string[]; filesField: string }[] = [
  { kind: 'fiche', spec: fiches, linkFields: ['relatedTools', 'relatedModels'], filesField: 'attachments' },
  { kind: 'outil', spec: outils, linkFields: ['relatedSheets'], filesField: 'files' },
  { kind: 'modele', spec: modeles, linkFields: ['relatedSheets'], filesField: '' },
];
const linkTargetKind: Record<string, ItemKind> = { relatedTools: 'outil', relatedModels: 'modele', relatedSheets: 'fiche' };

const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
const fileOf = (entry: RawEntry, spec: CollectionSpec) => entry.filePath ?? `content/${spec.folder}/${entry.id}.${spec.extension}`;

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((value) => [value.id, value]));
}

/**
 * Returns the library with every reference resolved.
 * Throws a LibraryError listing every unknown reference and missing file, so nothing is published half-done.
 */
export function buildLibrary(raw: RawLibrary, fileSize: FileSizeLookup): Library {
  const taxonomies: Taxonomies = { themes: raw.themes, audiences: raw.audiences, regions: raw.regions, evidence: raw.evidence };
  const known: KnownIds = {
    fiches: new Set(raw.fiches.map((e) => e.id)),
    outils: new Set(raw.outils.map((e) => e.id)),
    modeles: new Set(raw.modeles.map((e) => e.id)),
    organismes: new Set(raw.organismes.map((e) => e.id)),
    themes: new Set(raw.themes.map((t) => t.id)),
    audiences: new Set(raw.audiences.map((t) => t.id)),
    regions: new Set(raw.regions.map((t) => t.id)),
    evidence: new Set(raw.evidence.map((t) => t.id)),
  };
  const problems: ReferenceProblem[] = [];
  const check = (spec: CollectionSpec, entry: RawEntry) =>
    problems.push(...findUnknownReferences(spec, fileOf(entry, spec), entry.data, known));
  raw.organismes.forEach((entry) => check(organismes, entry));
  for (const { spec } of kinds) raw[spec.name as 'fiches'].forEach((entry) => check(spec, entry));

  const themes = byId(raw.themes);
  const audiences = byId(raw.audiences);
  const regions = byId(raw.regions);
  const evidence = byId(raw.evidence);
  const pick = <T>(map: Map<string, T>, ids: string[]) => ids.flatMap((id) => map.get(id) ?? []);

  const organizations: Organization[] = raw.organismes.map(({ id, data, ...entry }) => ({
    kind: 'organisme',
    slug: id,
    path: entryPath('organisme', id),
    file: fileOf({ id, data, ...entry }, organismes),
    name: data.name as string,
    acronym: data.acronym as string | undefined,
    region: regions.get(data.region as string) ?? { id: data.region as string, code: '', name: data.region as string },
    city: data.city as string,
    website: data.website as string | undefined,
    email: data.email as string,
    phone: data.phone as string | undefined,
    mission: data.mission as string,
    memberSince: data.memberSince as number,
    coordinates: data.coordinates as Organization['coordinates'],
    sample: data.sample === true,
  }));
  const orgBySlug = new Map(organizations.map((org) => [org.slug, org]));

  const attachmentsOf = (spec: CollectionSpec, entry: RawEntry, field: string): Attachment[] => {
    const list = (field ? entry.data[field] : undefined) as { title: string; file: string }[] | undefined;
    return (list ?? []).flatMap(({ title, file }, i) => {
      const bytes = fileSize(file);
      if (bytes === undefined) {
        const label = spec.fields.find((f) => f.name === field)?.label ?? field;
        problems.push({ file: fileOf(entry, spec), field: `${field}[${i}].file`, label, value: file, expected: 'un fichier présent dans le dossier public/ (téléversez-le ou corrigez le chemin)' });
        return [];
      }
      return [{ title, path: file, extension: fileExtension(file), formatName: fileFormatName(file), bytes, sizeLabel: formatFileSize(bytes) }];
    });
  };

  const typeLabelOf = (kind: ItemKind, data: Record<string, unknown>): string =>
    kind === 'fiche'
      ? 'Fiche de pratique'
      : kind === 'outil'
        ? optionLabel(toolTypeOptions, data.toolType as string)
        : optionLabel(modelTypeOptions, data.modelType as string);

  const build = (kind: ItemKind, spec: CollectionSpec, filesField: string) =>
    raw[spec.name as 'fiches'].map((entry): Item => {
      const { data } = entry;
      const organization = orgBySlug.get(data.organization as string);
      const ownRegions = pick(regions, strings(data.regions));
      return {
        kind,
        collection: spec.name as Item['collection'],
        slug: entry.id,
        path: entryPath(kind, entry.id),
        file: fileOf(entry, spec),
        title: data.title as string,
        summary: data.summary as string,
        typeLabel: typeLabelOf(kind, data),
        themes: pick(themes, strings(data.themes)),
        audiences: pick(audiences, strings(data.audiences)),
        regions: ownRegions.length > 0 ? ownRegions : organization ? [organization.region] : [],
        organization,
        evidence: evidence.get(data.evidence as string),
        published: data.published as Date,
        reviewed: data.reviewed as Date,
        licence: data.licence as string,
        authors: strings(data.authors),
        sample: data.sample === true,
        attachments: attachmentsOf(spec, entry, filesField),
        links: new Set(),
        readingMinutes: readingMinutes(entry.body ?? ''),
        body: entry.body ?? '',
        data,
      };
    });

  const [sheets, tools, models] = kinds.map(({ kind, spec, filesField }) => build(kind, spec, filesField)) as [Item[], Item[], Item[]];
  if (problems.length > 0) throw new LibraryError(problems);

  const items = [...sheets, ...tools, ...models];
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  for (const item of items) {
    const { linkFields } = kinds.find((k) => k.kind === item.kind)!;
    for (const field of linkFields) {
      for (const slug of strings(item.data[field])) {
        const target = byKey.get(`${linkTargetKind[field]}:${slug}`);
        if (!target) continue;
        item.links.add(itemKey(target));
        target.links.add(itemKey(item));
      }
    }
  }
  const byTitle = (a: { title: string }, b: { title: string }) => compareFrench(a.title, b.title);
  return {
    taxonomies,
    organizations: organizations.sort((a, b) => compareFrench(a.name, b.name)),
    sheets: sheets.sort(byTitle),
    tools: tools.sort(byTitle),
    models: models.sort(byTitle),
    items: items.sort(byTitle),
    byKey,
    related: buildRelatedIndex(items),
  };
}

/** Returns the taxon list sorted for display (French alphabetical order). */
export function sortTaxa<T extends Taxon>(taxa: T[]): T[] {
  return [...taxa].sort((a, b) => compareFrench(a.label, b.label));
}
