import { describe, expect, test } from 'vitest';
import { buildLibrary, type RawEntry } from '../../src/lib/library';
import type { EntryData } from '../../src/lib/model';
import { reportListingRoutes } from '../../src/lib/report-pages';
import { entryRoutes } from '../../src/lib/routes';
import { anySize, sampleRaw } from './fixtures';
import { renderComponent } from './render-component';

/** `count` reports about the sheet « alpha », by the library's organizations in turn, on different days. */
function reports(count: number): RawEntry<EntryData<'recit'>>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `essai-${i}`,
    filePath: `content/recits/essai-${i}.mdx`,
    data: {
      title: `Essai numéro ${i} de la fiche`,
      sheet: 'alpha',
      organization: i % 2 ? 'org-a' : 'org-b',
      region: i % 2 ? 'estrie' : 'montreal',
      period: 'hiver 2024',
      audiences: ['parents'],
      group: 'Dix parents',
      adapted: 'Nous avons changé le jour des rencontres.',
      outcome: 'Plus de parents sont venus que prévu.',
      recommend: 'oui',
      published: new Date(Date.UTC(2024, i % 12, (i % 28) + 1)),
      sample: false,
    },
  }));
}

/** The library with `count` reports about « alpha »: what its page shows of them, and the paths of the report listings. */
function sheetWithReports(count: number) {
  const raw = sampleRaw();
  raw.entries.recit = reports(count);
  const library = buildLibrary(raw, anySize);
  const { tried } = entryRoutes(library, 'fiche').find(({ params }) => params.slug === 'alpha')!.props;
  const listings = reportListingRoutes(library).map(({ props }) => props.listing.path);
  return { props: { tried, noun: 'cette fiche', about: 'sheet=alpha' }, listings };
}

const cards = (html: string) => (html.match(/<li class="card"/g) ?? []).length;

// In process (issue 25): the page's section through Astro's Container API, with the routes the build takes, instead of a build of its own.
describe('a sheet with many experience reports', () => {
  test('keeps its page the same size: three reports shown, the others on pages of their own', async () => {
    const [few, many] = [sheetWithReports(4), sheetWithReports(64)];
    const [fewHtml, manyHtml] = await renderComponent('/src/components/reports/TriedSection.astro', few.props, many.props);
    expect(cards(fewHtml!)).toBe(3);
    expect(cards(manyHtml!)).toBe(3);
    expect(manyHtml).toContain('Les 64 récits sur cette fiche');
    // 60 more reports weigh far more than this margin; what may grow is « Qui d’autre le pratique », bounded by the network's organizations.
    expect(Buffer.byteLength(manyHtml!) - Buffer.byteLength(fewHtml!)).toBeLessThan(3_000);
    expect(many.listings).toContain('/experiences/pratiques/alpha/page/3/');
  });
});
