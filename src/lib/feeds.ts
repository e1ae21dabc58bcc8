import type { Item } from './model';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Returns text safe to place in XML content or attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

/** Returns the items newest first (by publication date, then title), at most `limit`. */
export function newestFirst(items: readonly Item[], limit = Infinity): Item[] {
  return [...items]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title, 'fr-CA'))
    .slice(0, limit);
}

export interface FeedInfo {
  siteUrl: string;
  title: string;
  description: string;
}

/** Returns an RSS 2.0 feed of the latest additions. */
export function rssFeed(info: FeedInfo, items: readonly Item[]): string {
  const url = (path: string) => new URL(path, info.siteUrl).href;
  const entries = newestFirst(items, 50).map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${url(item.path)}</link>
      <guid isPermaLink="true">${url(item.path)}</guid>
      <description>${escapeXml(item.summary)}</description>
      <category>${escapeXml(item.typeLabel)}</category>
      <pubDate>${item.published.toUTCString()}</pubDate>
    </item>`,
  );
  const lastBuild = entries.length > 0 ? `\n    <lastBuildDate>${newestFirst(items, 1)[0]!.published.toUTCString()}</lastBuildDate>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(info.title)}</title>
    <link>${url('/')}</link>
    <atom:link href="${url('/rss.xml')}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(info.description)}</description>
    <language>fr-CA</language>${lastBuild}
${entries.join('\n')}
  </channel>
</rss>
`;
}

/** Returns a sitemap listing `paths` as absolute URLs. */
export function sitemapXml(siteUrl: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
