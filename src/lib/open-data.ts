import { allKinds, kinds, type Kind } from '../schema/registry';
import type { Library } from './library';
import type { Item, Organization } from './model';
import type { Report } from './reports';
import { toIsoDate } from './dates';
import { eventOpenData } from './events';
import { questionData } from './appels';
import { forKind, libraryEntries, type PerKind } from './library-entries';

function itemData(item: Item, siteUrl: string) {
  return {
    id: item.slug,
    url: new URL(item.path, siteUrl).href,
    type: item.typeLabel,
    title: item.title,
    summary: item.summary,
    themes: item.themes.map((t) => t.id),
    audiences: item.audiences.map((a) => a.id),
    regions: item.regions.map((r) => r.code),
    organization: item.organization?.slug ?? null,
    evidence: item.evidence?.id ?? null,
    published: toIsoDate(item.published),
    reviewed: toIsoDate(item.reviewed),
    licence: item.licence,
    authors: item.authors,
    sample: item.sample,
    files: item.attachments.map((a) => ({ title: a.title, url: new URL(a.path, siteUrl).href, format: a.extension, bytes: a.bytes })),
    related: [...item.links],
    fields: item.data,
    body: item.body,
  };
}

function reportData(report: Report, siteUrl: string) {
  return {
    id: report.slug,
    url: new URL(report.path, siteUrl).href,
    title: report.title,
    about: report.aboutKey,
    organization: report.organization?.slug ?? null,
    region: report.region.code,
    period: report.period,
    audiences: report.audiences.map((a) => a.id),
    group: report.group,
    adapted: report.adapted,
    outcome: report.outcome,
    recommend: report.recommend,
    contact: report.contact ?? null,
    published: toIsoDate(report.published),
    sample: report.sample,
    body: report.body,
  };
}

function organizationData({ region, ...org }: Organization, siteUrl: string) {
  return { ...org, region: region.code, url: new URL(org.path, siteUrl).href };
}

/** What the open data says of each kind's entries. */
const dataOf = {
  fiche: itemData,
  outil: itemData,
  modele: itemData,
  organisme: organizationData,
  rencontre: eventOpenData,
  recit: reportData,
  appel: questionData,
} satisfies PerKind<object, [string]>;

/** Each kind's entries under its registry group name: `sheets`, `organizations`, `events`, `questions`… */
type Groups = { [K in Kind as (typeof kinds)[K]['group']]: ReturnType<(typeof dataOf)[K]>[] };

function groups(library: Library, siteUrl: string): Groups {
  const byGroup = Object.fromEntries(
    allKinds.map((kind) => [kinds[kind].group, libraryEntries(library, [kind]).map((entry) => forKind<object, [string]>(dataOf, entry, siteUrl))]),
  );
  // A record filled key by key from the registry: TypeScript cannot follow it (see ItemsByKind in library.ts).
  return byGroup as Groups;
}

/** Returns the whole library as plain JSON-ready data, so it can live on outside this website. */
export function openData(library: Library, siteUrl: string) {
  const { organizations, ...others } = groups(library, siteUrl);
  return {
    name: 'Carrefour des pratiques',
    language: 'fr-CA',
    licenceNote: 'Chaque entrée porte sa propre licence (champ licence).',
    taxonomies: library.taxonomies,
    // Organizations first, then the other kinds in the registry's order.
    organizations,
    ...others,
  };
}
