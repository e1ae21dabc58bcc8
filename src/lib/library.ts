import { fixedOptions, type CollectionSpec } from '../schema/fields';
import { optionLabel } from '../schema/options';
import { allKinds, collectionKinds, itemKinds, kinds, taxonomyNames, type ItemKind, type Kind, type MenuKind } from '../schema/registry';
import { fileExtension, fileFormatName, formatFileSize } from './files';
import type { Attachment, EntryData, Item, ItemOf, Organization, Region, Taxonomies } from './model';
import { itemKey } from './model';
import { missingFiles, unknownReferences, uploadsOf, type KnownIds } from './references';
import { fieldsOf } from './records';
import { entryPath } from './slugs';
import { buildRelatedIndex, type RelatedIndex } from './related';
import { compareFrench, readingMinutes } from './text';
import { buildReports, groupReportsByEntry, type Report } from './reports';
import { formatProblem, type ContentProblem } from './validation/problem';
import { buildEvents, type CalendarEvent } from './events';
import { buildQuestions, type Question } from './appels';
import { eventProblems } from './event-checks';
import { organizationProblems } from './organization-checks';
import { stripForbiddenCharacters, stripForbiddenDeep } from './safety/characters';

/** An entry as the content layer gives it. */
export interface RawEntry<Data> {
  id: string;
  filePath?: string | undefined;
  data: Data;
  body?: string | undefined;
}

/** Every entry of a kind, as the content layer gives them. */
export type RawEntries = { [K in Kind]: RawEntry<EntryData<K>>[] };

export interface RawLibrary {
  entries: RawEntries;
  taxonomies: Taxonomies;
}

/** Items of each listed kind, sorted by title. */
type ItemsByKind = { [K in ItemKind]: ItemOf<K>[] };

export interface Library {
  taxonomies: Taxonomies;
  organizations: Organization[];
  byKind: ItemsByKind;
  /** Sheets, tools and models together. */
  items: Item[];
  byKey: Map<string, Item>;
  /** Computed once, so related content costs the same on every page whatever the library's size. */
  related: RelatedIndex;
  /** Events, with the occurrence each shows on the build date (see `events.ts`). */
  events: CalendarEvent[];
  /** Experience reports, newest first, and by the key (`fiche:slug`) of the entry each is about. */
  reports: Report[];
  reportsByEntry: ReadonlyMap<string, Report[]>;
  /** Questions to the network (« Appels à la communauté »), in their files' order. */
  questions: Question[];
}

/** Thrown when the library has references or files that do not exist; the message is for contributors. */
export class LibraryError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const count = problems.length;
    super(`${count} problème${count > 1 ? 's' : ''} à corriger dans la bibliothèque (références ou fichiers introuvables) :\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'LibraryError';
    // Contributors read this message: Astro prints a stack trace when there is one, and it would only get in the way.
    this.stack = '';
  }
}

/** Returns the size in bytes of a file under `public/`, or undefined when it is missing. */
export type FileSizeLookup = (publicPath: string) => number | undefined;

const fileOf = (entry: RawEntry<unknown>, spec: CollectionSpec) => entry.filePath ?? `content/${spec.folder}/${entry.id}.${spec.extension}`;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((one): one is string => typeof one === 'string') : []);

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((value) => [value.id, value]));
}

/** Returns the ids each collection and taxonomy knows, for reference checks. */
function knownIds(raw: RawLibrary): KnownIds {
  return Object.fromEntries<ReadonlySet<string>>([
    ...allKinds.map((kind): [string, ReadonlySet<string>] => [kinds[kind].spec.name, new Set(raw.entries[kind].map((entry) => entry.id))]),
    ...taxonomyNames.map((name): [string, ReadonlySet<string>] => [name, new Set(raw.taxonomies[name].map((value) => value.id))]),
  ]);
}

/** Returns the label of an item's sub-type, per the registry: a fixed label or the label of a select option. */
function typeLabelOf(kind: ItemKind, data: object): string {
  const rule = kinds[kind].typeLabel;
  if ('label' in rule) return rule.label;
  const field = kinds[kind].spec.fields.find((candidate) => candidate.name === rule.field);
  const value = String(fieldsOf(data)[rule.field]);
  const options = field && fixedOptions(field);
  return options ? optionLabel(options, value) : value;
}

/**
 * Returns the library's texts without the characters src/lib/safety/characters.ts forbids. Every page, feed,
 * calendar and the open data read their texts from the library: this is where a value that escaped the check
 * (a file accepted before the rule, a cached entry) loses what would break HTML, XML or a calendar.
 */
function withPlainText(raw: RawLibrary): RawLibrary {
  const entries = Object.fromEntries(
    allKinds.map((kind) => [
      kind,
      raw.entries[kind].map((entry: RawEntry<unknown>) => ({ ...entry, data: stripForbiddenDeep(entry.data), body: entry.body && stripForbiddenCharacters(entry.body) })),
    ]),
  ) as RawEntries;
  return { entries, taxonomies: stripForbiddenDeep(raw.taxonomies) };
}

/**
 * Returns the library with every reference resolved.
 * Throws a LibraryError listing every unknown reference and missing file, so nothing is published half-done.
 */
export function buildLibrary(input: RawLibrary, fileSize: FileSizeLookup, now = new Date()): Library {
  const raw = withPlainText(input);
  const { taxonomies } = raw;
  const known = knownIds(raw);
  const problems: ContentProblem[] = allKinds.flatMap((kind) => {
    const { spec } = kinds[kind];
    return raw.entries[kind].flatMap((entry) => [
      ...unknownReferences(spec.fields, fileOf(entry, spec), entry.data, known),
      ...missingFiles(spec.fields, fileOf(entry, spec), entry.data, fileSize),
      ...(kind === 'rencontre' ? eventProblems(fileOf(entry, spec), fieldsOf(entry.data)) : []),
      ...(kind === 'organisme' ? organizationProblems(fileOf(entry, spec), fieldsOf(entry.data)) : []),
    ]);
  });
  if (problems.length > 0) throw new LibraryError(problems);

  const themes = byId(taxonomies.themes);
  const audiences = byId(taxonomies.audiences);
  const regions = byId(taxonomies.regions);
  const evidence = byId(taxonomies.evidence);
  const pick = <T>(map: Map<string, T>, ids: string[]) => ids.flatMap((id) => map.get(id) ?? []);
  const regionOf = (id: string): Region => regions.get(id) ?? { id, code: '', name: id };

  const organizations: Organization[] = raw.entries.organisme.map((entry) => ({
    ...entry.data,
    kind: 'organisme',
    collection: 'organismes',
    slug: entry.id,
    path: entryPath('organisme', entry.id),
    file: fileOf(entry, kinds.organisme.spec),
    region: regionOf(entry.data.region),
  }));
  const orgBySlug = new Map(organizations.map((org) => [org.slug, org]));

  /** Downloadable files: the file fields (by widget) of the kind's lists of files, with their titles. */
  const attachmentsOf = (spec: CollectionSpec, data: object): Attachment[] =>
    uploadsOf(spec.fields, data).flatMap(({ widget, keys, value }) => {
      if (widget !== 'file') return [];
      const bytes = fileSize(value) ?? 0;
      const [listName, index] = keys;
      const list = typeof listName === 'string' ? fieldsOf(data)[listName] : undefined;
      const row: unknown = Array.isArray(list) && typeof index === 'number' ? list[index] : undefined;
      const title = typeof row === 'object' && row !== null && 'title' in row ? String(row.title) : value.split('/').pop()!;
      return [{ title, path: value, extension: fileExtension(value), formatName: fileFormatName(value), bytes, sizeLabel: formatFileSize(bytes) }];
    });

  function itemsOf<K extends ItemKind>(kind: K): ItemOf<K>[] {
    const { spec } = kinds[kind];
    const entries: RawEntry<EntryData<K>>[] = raw.entries[kind];
    return entries.map((entry) => {
      const data = fieldsOf(entry.data);
      const organization = orgBySlug.get(String(data.organization));
      const ownRegions = pick(regions, strings(data.regions));
      return {
        kind,
        collection: spec.name,
        slug: entry.id,
        path: entryPath(kind, entry.id),
        file: fileOf(entry, spec),
        title: entry.data.title,
        summary: entry.data.summary,
        typeLabel: typeLabelOf(kind, entry.data),
        themes: pick(themes, entry.data.themes),
        audiences: pick(audiences, entry.data.audiences),
        regions: ownRegions.length > 0 ? ownRegions : organization ? [organization.region] : [],
        organization,
        evidence: evidence.get(String(data.evidence)),
        evidenceScale: taxonomies.evidence.length,
        published: entry.data.published,
        reviewed: entry.data.reviewed,
        licence: entry.data.licence,
        authors: strings(data.authors),
        sample: entry.data.sample,
        attachments: attachmentsOf(spec, entry.data),
        links: new Set(),
        readingMinutes: readingMinutes(entry.body ?? ''),
        body: entry.body ?? '',
        data: entry.data,
      };
    });
  }

  const byTitle = (a: { title: string }, b: { title: string }) => compareFrench(a.title, b.title);
  // One cast: TypeScript cannot follow a mapped type built key by key; each list is built by itemsOf(kind).
  const byKind = Object.fromEntries(itemKinds.map((kind) => [kind, itemsOf(kind).sort(byTitle)])) as ItemsByKind;
  const items: Item[] = itemKinds.flatMap((kind): Item[] => byKind[kind]);
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  linkRelatedItems(items, byKey);
  const reports = buildReports(
    raw.entries.recit.map((entry) => ({ ...entry, file: fileOf(entry, kinds.recit.spec) })),
    { organizations: orgBySlug, regionOf, audiencesOf: (ids) => pick(audiences, [...ids]), items: byKey },
  );
  organizations.sort((a, b) => compareFrench(a.name, b.name));
  return {
    taxonomies,
    organizations,
    byKind,
    items: items.sort(byTitle),
    byKey,
    related: buildRelatedIndex(items),
    events: buildEvents(raw.entries.rencontre, { organizations: orgBySlug, themes, regions, fileOf: (entry) => fileOf(entry, kinds.rencontre.spec) }, now),
    reports,
    reportsByEntry: groupReportsByEntry(reports),
    questions: buildQuestions(raw.entries.appel, { organizations, taxonomies, byKey }),
  };
}

/** Links items both ways through their relation fields that point to other listed kinds. */
function linkRelatedItems(items: readonly Item[], byKey: ReadonlyMap<string, Item>): void {
  for (const item of items) {
    const data = fieldsOf(item.data);
    for (const field of kinds[item.kind].spec.fields) {
      const targetKind = field.widget === 'relation' ? collectionKinds[field.collection] : undefined;
      if (!targetKind || targetKind === 'organisme') continue;
      for (const slug of strings(data[field.name])) {
        const target = byKey.get(`${targetKind}:${slug}`);
        if (!target) continue;
        item.links.add(itemKey(target));
        target.links.add(itemKey(item));
      }
    }
  }
}

/** Returns how many entries of a kind the library has. */
export function entryCount(library: Library, kind: MenuKind): number {
  return kind === 'organisme' ? library.organizations.length : library.byKind[kind].length;
}

/** Returns the taxon list sorted for display (French alphabetical order). */
export function sortTaxa<T extends { label: string }>(taxa: T[]): T[] {
  return [...taxa].sort((a, b) => compareFrench(a.label, b.label));
}
