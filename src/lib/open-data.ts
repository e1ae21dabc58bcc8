import { itemKinds, kinds, type ItemKind } from '../schema/registry';
import type { Library } from './library';
import type { Item } from './model';
import type { Report } from './reports';
import { toIsoDate } from './dates';
import { eventOpenData } from './events';

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

/** Each listed kind's items under its registry group name: `sheets`, `tools`, `models`. */
function itemGroups(library: Library, siteUrl: string) {
  const groups = Object.fromEntries(itemKinds.map((kind) => [kinds[kind].group, library.byKind[kind].map((item: Item) => itemData(item, siteUrl))]));
  // A record filled key by key from the registry: TypeScript cannot follow it (see ItemsByKind in library.ts).
  return groups as Record<(typeof kinds)[ItemKind]['group'], ReturnType<typeof itemData>[]>;
}

/** Returns the whole library as plain JSON-ready data, so it can live on outside this website. */
export function openData(library: Library, siteUrl: string) {
  return {
    name: 'Carrefour des pratiques',
    language: 'fr-CA',
    licenceNote: 'Chaque entrée porte sa propre licence (champ licence).',
    taxonomies: library.taxonomies,
    organizations: library.organizations.map(({ region, ...org }) => ({ ...org, region: region.code, url: new URL(org.path, siteUrl).href })),
    ...itemGroups(library, siteUrl),
    [kinds.rencontre.group]: library.events.map((event) => eventOpenData(event, siteUrl)),
    [kinds.recit.group]: library.reports.map((report) => reportData(report, siteUrl)),
  };
}
