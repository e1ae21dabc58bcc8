/**
 * Pages of experience reports: one per report, the listing of all of them (`/experiences/`), and one listing
 * per entry they are about and per organization that wrote them, each cut into pages of a fixed size.
 */
import type { Library } from './library';
import type { Organization } from './model';
import { itemKey } from './model';
import { compareNewestFirst, reportCardOf, reportsBy, reportsOfPath, type Report } from './reports';
import { pagePath } from './listings';
import { digest } from './cache-keys';
import { kindPath } from './slugs';
import { kinds } from '../schema/registry';
import { toIsoDate } from './dates';
import { slugify } from './slugs';
import type { SearchFields, SearchFilterKey } from './search-fields';

/** How many reports a listing page shows. */
const REPORTS_PAGE_SIZE = 24;

/** One page of a listing of reports. */
export interface ReportListing {
  /** Title of the listing: « Nous l'avons essayé », or « … : Mentorat entre pairs ». */
  heading: string;
  /** What the listing is about (an entry or an organization), linked from its page. */
  subject?: { href: string; label: string; kind: 'about' | 'by' } | undefined;
  reports: Report[];
  total: number;
  page: number;
  pageCount: number;
  firstPath: string;
  path: string;
}

/** Returns the pages of a listing of `reports` (newest first), `pageSize` per page, the first at `firstPath`. */
export function paginateReports(
  reports: readonly Report[],
  base: Omit<ReportListing, 'reports' | 'total' | 'page' | 'pageCount' | 'path'>,
  pageSize = REPORTS_PAGE_SIZE,
): ReportListing[] {
  const sorted = [...reports].sort(compareNewestFirst);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    ...base,
    reports: sorted.slice(i * pageSize, (i + 1) * pageSize),
    total: sorted.length,
    page: i + 1,
    pageCount,
    path: pagePath(base.firstPath, i + 1),
  }));
}

/** Returns every listing page of reports: all of them, then those about each entry, then those of each organization. */
function reportListings(library: Library, pageSize = REPORTS_PAGE_SIZE): ReportListing[] {
  const section = kinds.recit.nouns.section;
  const all = paginateReports(library.reports, { heading: section, firstPath: kindPath('recit') }, pageSize);
  const byEntry = library.items.flatMap((item) => {
    const reports = library.reportsByEntry.get(itemKey(item)) ?? [];
    if (reports.length === 0) return [];
    const subject = { href: item.path, label: item.title, kind: 'about' as const };
    return paginateReports(reports, { heading: `${section} : ${item.title}`, subject, firstPath: reportsOfPath(item) }, pageSize);
  });
  const byOrganization = library.organizations.flatMap((org: Organization) => {
    const reports = reportsBy(library.reports, org.slug);
    if (reports.length === 0) return [];
    const subject = { href: org.path, label: org.name, kind: 'by' as const };
    return paginateReports(reports, { heading: `${section} : ${org.name}`, subject, firstPath: reportsOfPath(org) }, pageSize);
  });
  return [...all, ...byEntry, ...byOrganization];
}

/** Static paths of the listing pages (`/experiences/`, `/experiences/pratiques/mentorat/page/2/`…), with their cache keys. */
export function reportListingRoutes(library: Library) {
  const base = kindPath('recit');
  return reportListings(library).map((listing) => ({
    params: { path: listing.path.slice(base.length, -1) || undefined },
    props: { listing },
    cacheKey: digest({ ...listing, reports: listing.reports.map(reportCardOf) }),
  }));
}

/** Static paths of the report pages, with their cache keys (the report, the entry it is about and its organization). */
export function reportRoutes(library: Library) {
  return library.reports.map((report) => ({ params: { slug: report.slug }, props: { report }, cacheKey: digest({ report: { ...report, about: reportCardOf(report).about } }) }));
}

/** Returns what the search index records about a report: type, region, audiences and organization, and its card. */
export function reportSearchFields(report: Report): SearchFields {
  // No region filter, as for events: the home page and the search page count the same things per region.
  const filters: [SearchFilterKey, string][] = [['type', 'recit'], ...report.audiences.map((a): [SearchFilterKey, string] => ['public', a.id])];
  if (report.organization) filters.push(['organisme', report.organization.slug]);
  const meta: [string, string][] = [
    ['type', report.typeLabel],
    ['resume', report.summary],
    ['region', report.region.name],
  ];
  if (report.organization) meta.push(['organisme', report.organization.name]);
  return {
    filters,
    sorts: [
      ['date', toIsoDate(report.published)],
      ['titre', slugify(report.title)],
    ],
    meta,
  };
}
