import type { Library } from './library';
import type { Item } from './model';
import { toIsoDate } from './dates';

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

/** Returns the whole library as plain JSON-ready data, so it can live on outside this website. */
export function openData(library: Library, siteUrl: string) {
  return {
    name: 'Carrefour des pratiques',
    language: 'fr-CA',
    licenceNote: 'Chaque entrée porte sa propre licence (champ licence).',
    taxonomies: library.taxonomies,
    organizations: library.organizations.map(({ region, ...org }) => ({ ...org, region: region.code, url: new URL(org.path, siteUrl).href })),
    sheets: library.sheets.map((item) => itemData(item, siteUrl)),
    tools: library.tools.map((item) => itemData(item, siteUrl)),
    models: library.models.map((item) => itemData(item, siteUrl)),
  };
}
