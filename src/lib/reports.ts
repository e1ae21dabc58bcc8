/**
 * Experience reports (« Nous l'avons essayé »): an organization tells how a sheet or a tool went for it.
 * Building them from their entries, ordering them, counting who tried an entry and where, and bounding
 * what an entry's page shows: pure functions, so the page's size does not grow with the number of reports.
 */
import { collectionKinds, kinds, type Kind } from '../schema/registry';
import { recommendOptions, optionLabel } from '../schema/options';
import type { EntryData, Item, Organization, Region, TaxonomyValue } from './model';
import { fieldsOf } from './records';
import { entryPath } from './slugs';
import { compareFrench, plural } from './text';
import { toIsoDate } from './dates';

/** An experience report, its references resolved. */
export interface Report {
  kind: 'recit';
  collection: 'recits';
  slug: string;
  path: string;
  file: string;
  title: string;
  /** Key (`fiche:slug`) of the sheet or tool it is about, the label that names it (« Outil essayé ») and that entry. */
  aboutKey: string;
  aboutLabel: string;
  about: Item | undefined;
  organization: Organization | undefined;
  region: Region;
  period: string;
  audiences: TaxonomyValue<'audiences'>[];
  group: string;
  adapted: string;
  outcome: string;
  recommend: EntryData<'recit'>['recommend'];
  recommendLabel: string;
  contact: string | undefined;
  published: Date;
  sample: boolean;
  /** What cards, feeds and search results show: what it gave. */
  summary: string;
  typeLabel: string;
  /** Markdown body as written (optional). */
  body: string;
}

/** What building reports needs from the rest of the library. */
export interface ReportLookups {
  organizations: ReadonlyMap<string, Organization>;
  regionOf: (id: string) => Region;
  audiencesOf: (ids: readonly string[]) => TaxonomyValue<'audiences'>[];
  items: ReadonlyMap<string, Item>;
}

/** A report entry as the content layer gives it. */
export interface ReportEntry {
  id: string;
  file: string;
  data: EntryData<'recit'>;
  body?: string | undefined;
}

/** The entry a report is about: its key (`fiche:slug`) and the label of the field that names it (« Fiche essayée »). */
export function aboutOf(data: object): { key: string; label: string } {
  const values = fieldsOf(data);
  for (const name of kinds.recit.attachedTo) {
    const field = kinds.recit.spec.fields.find((candidate) => candidate.name === name);
    const slug = values[name];
    const kind: Kind | undefined = field?.widget === 'relation' ? collectionKinds[field.collection] : undefined;
    if (field && kind && typeof slug === 'string' && slug !== '') return { key: `${kind}:${slug}`, label: field.label };
  }
  return { key: '', label: '' };
}

/** Compares reports newest first (publication date), then by title. */
export function compareNewestFirst(a: Pick<Report, 'published' | 'title'>, b: Pick<Report, 'published' | 'title'>): number {
  return b.published.getTime() - a.published.getTime() || compareFrench(a.title, b.title);
}

/** Returns the reports of the library, references resolved, newest first. */
export function buildReports(entries: readonly ReportEntry[], lookups: ReportLookups): Report[] {
  return entries
    .map(({ id, file, data, body }): Report => {
      const { key: aboutKey, label: aboutLabel } = aboutOf(data);
      return {
        kind: 'recit',
        collection: 'recits',
        slug: id,
        path: entryPath('recit', id),
        file,
        title: data.title,
        aboutKey,
        aboutLabel,
        about: lookups.items.get(aboutKey),
        organization: lookups.organizations.get(String(data.organization)),
        region: lookups.regionOf(data.region),
        period: data.period,
        audiences: lookups.audiencesOf(data.audiences),
        group: data.group,
        adapted: data.adapted,
        outcome: data.outcome,
        recommend: data.recommend,
        recommendLabel: optionLabel(recommendOptions, data.recommend),
        contact: data.contact,
        published: data.published,
        sample: data.sample,
        summary: data.outcome,
        typeLabel: kinds.recit.typeLabel.label,
        body: body ?? '',
      };
    })
    .sort(compareNewestFirst);
}

/** Returns the reports grouped by the key of the entry they are about, each group newest first. */
export function groupReportsByEntry(reports: readonly Report[]): Map<string, Report[]> {
  const groups = new Map<string, Report[]>();
  for (const report of [...reports].sort(compareNewestFirst)) groups.set(report.aboutKey, [...(groups.get(report.aboutKey) ?? []), report]);
  return groups;
}

/** Returns the reports an organization wrote, newest first. */
export function reportsBy(reports: readonly Report[], organization: string): Report[] {
  return reports.filter((report) => report.organization?.slug === organization).sort(compareNewestFirst);
}

/** How many different organizations tried an entry, and in how many different regions. */
export interface TriedCounts {
  reports: number;
  organizations: number;
  regions: number;
}

/** Returns how many reports, different organizations and different regions (the report's own region) a list of reports names. */
export function triedCounts(reports: readonly Pick<Report, 'organization' | 'region'>[]): TriedCounts {
  return {
    reports: reports.length,
    organizations: new Set(reports.flatMap((report) => report.organization?.slug ?? [])).size,
    regions: new Set(reports.map((report) => report.region.id)).size,
  };
}

/** Returns « Essayée par 3 organismes dans 2 régions », agreeing with the kind (`tried`: « Essayée », « Essayé ») and the counts. */
export function triedSentence(tried: string, counts: Pick<TriedCounts, 'organizations' | 'regions'>): string {
  return `${tried} par ${plural(counts.organizations, 'organisme', 'organismes')} dans ${plural(counts.regions, 'région', 'régions')}`;
}

/** Organizations that tried an entry in one region. */
export interface RegionPeers {
  region: Region;
  organizations: Organization[];
}

/**
 * Returns the organizations that tried an entry, grouped by the region where they tried it: regions in the
 * official code order, organizations by name, each organization once per region.
 */
export function peersByRegion(reports: readonly Pick<Report, 'organization' | 'region'>[]): RegionPeers[] {
  const groups = new Map<string, RegionPeers>();
  for (const { organization, region } of reports) {
    if (!organization) continue;
    const group = groups.get(region.id) ?? { region, organizations: [] };
    if (!group.organizations.some((org) => org.slug === organization.slug)) group.organizations.push(organization);
    groups.set(region.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.region.code.localeCompare(b.region.code) || compareFrench(a.region.name, b.region.name))
    .map((group) => ({ ...group, organizations: group.organizations.sort((a, b) => compareFrench(a.name, b.name)) }));
}

/** What an entry's page shows of its reports: counts, the newest few, who tried it by region, and where all of them are. */
export interface TriedSummary {
  /** « Essayée », « Essayé »: agrees with the entry's kind. */
  participle: string;
  counts: TriedCounts;
  sentence: string;
  newest: Report[];
  peers: RegionPeers[];
  /** The page that lists every report about the entry. */
  allPath: string;
}

/** How many reports an entry's page shows at most; the others are one link away. */
export const REPORTS_ON_ENTRY = 3;

/** Returns the path of the page listing the reports about an entry or by an organization: `/experiences/pratiques/mentorat/`. */
export function reportsOfPath(target: { kind: Kind; slug: string }): string {
  return `${entryPath('recit', kinds[target.kind].route)}${target.slug}/`;
}

/**
 * Returns what an entry's page shows of the reports about it, or undefined when it has none (or its kind
 * takes none): at most `limit` reports, newest first, so the page's size does not grow with their number.
 */
export function triedSummary(item: Pick<Item, 'kind' | 'slug'>, reports: readonly Report[], limit = REPORTS_ON_ENTRY): TriedSummary | undefined {
  const nouns = kinds[item.kind].nouns;
  const tried = 'tried' in nouns ? nouns.tried : undefined;
  if (!tried || reports.length === 0) return undefined;
  const counts = triedCounts(reports);
  return {
    participle: tried,
    counts,
    sentence: triedSentence(tried, counts),
    newest: [...reports].sort(compareNewestFirst).slice(0, limit),
    peers: peersByRegion(reports),
    allPath: reportsOfPath(item),
  };
}

/** What a report's card shows, for cache keys. */
export function reportCardOf(report: Report) {
  return {
    path: report.path,
    title: report.title,
    summary: report.summary,
    about: report.about && { path: report.about.path, title: report.about.title, kind: report.about.kind },
    organization: report.organization && { path: report.organization.path, name: report.organization.name },
    region: report.region.name,
    period: report.period,
    recommend: report.recommendLabel,
    published: toIsoDate(report.published),
  };
}
