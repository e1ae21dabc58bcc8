import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { aboutOf, peersByRegion, REPORTS_ON_ENTRY, triedCounts, triedSentence, triedSummary, type Report } from '../../src/lib/reports';
import { paginateReports } from '../../src/lib/report-pages';
import type { EntryData, Organization, Region } from '../../src/lib/model';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateLibrary, type SourceFile } from '../../src/lib/validation/library';
import { readLibraryFiles } from '../../scripts/lib/library-files';
import { anySize, sampleRaw } from './fixtures';

const region = (id: string, code: string): Region => ({ id, code, name: id });
const estrie = region('estrie', '05');
const montreal = region('montreal', '06');
const org = (slug: string, name = slug) => ({ slug, name, path: `/organismes/${slug}/` }) as Organization;

/** A report of `organization` in `where`, published on `date`. */
function report(slug: string, organization: string, where: Region, date: string): Report {
  return { slug, title: slug, organization: org(organization), region: where, published: new Date(date) } as Report;
}

function reportData(changes: Partial<EntryData<'recit'>> = {}): EntryData<'recit'> {
  return {
    title: 'Essai',
    sheet: 'alpha',
    organization: 'org-b',
    region: 'montreal',
    period: 'hiver 2025',
    audiences: ['parents'],
    group: 'Dix parents',
    adapted: 'Nous avons changé le jour des rencontres.',
    outcome: 'Plus de parents sont venus que prévu.',
    recommend: 'oui',
    published: new Date('2025-03-01'),
    sample: false,
    ...changes,
  };
}

describe('triedCounts', () => {
  test('counts each organization and each region once, however many reports they wrote', () => {
    const reports = [
      report('a', 'org-a', estrie, '2025-01-01'),
      report('b', 'org-a', estrie, '2025-02-01'),
      report('c', 'org-b', estrie, '2025-03-01'),
      report('d', 'org-b', montreal, '2025-04-01'),
    ];
    expect(triedCounts(reports)).toEqual({ reports: 4, organizations: 2, regions: 2 });
  });
});

describe('triedSentence', () => {
  test('agrees with the kind and with one or several organizations and regions', () => {
    expect(triedSentence('Essayée', { organizations: 1, regions: 1 })).toBe('Essayée par 1 organisme dans 1 région');
    expect(triedSentence('Essayé', { organizations: 3, regions: 2 })).toBe('Essayé par 3 organismes dans 2 régions');
  });
});

describe('triedSummary', () => {
  test('shows at most three reports, the newest, whatever their number', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      report(`r${i}`, `org-${i % 7}`, i % 2 ? estrie : montreal, `20${10 + (i % 15)}-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const summary = triedSummary({ kind: 'fiche', slug: 'alpha' }, many)!;
    expect(summary.newest).toHaveLength(REPORTS_ON_ENTRY);
    const newestTime = Math.max(...many.map((r) => r.published.getTime()));
    expect(summary.newest[0]!.published.getTime()).toBe(newestTime);
    expect(summary.newest.map((r) => r.published.getTime())).toEqual([...summary.newest.map((r) => r.published.getTime())].sort((a, b) => b - a));
    expect(summary.counts).toEqual({ reports: 1000, organizations: 7, regions: 2 });
    expect(summary.peers.flatMap((group) => group.organizations)).toHaveLength(14);
    expect(summary.allPath).toBe('/experiences/pratiques/alpha/');
    expect(summary.sentence).toBe('Essayée par 7 organismes dans 2 régions');
  });

  test('is absent for an entry without reports, and for a kind reports are never about', () => {
    expect(triedSummary({ kind: 'outil', slug: 'grille' }, [])).toBeUndefined();
    expect(triedSummary({ kind: 'modele', slug: 'm' }, [report('a', 'org-a', estrie, '2025-01-01')])).toBeUndefined();
    expect(triedSummary({ kind: 'outil', slug: 'grille' }, [report('a', 'org-a', estrie, '2025-01-01')])!.sentence).toBe('Essayé par 1 organisme dans 1 région');
  });
});

describe('peersByRegion', () => {
  test('groups organizations by the region of their report, regions by official code, names in French order, each once', () => {
    const reports = [
      report('a', 'zephyr', montreal, '2025-01-01'),
      report('b', 'eleve', montreal, '2025-01-02'),
      report('c', 'eleve', montreal, '2025-01-03'),
      report('d', 'abri', estrie, '2025-01-04'),
    ];
    expect(peersByRegion(reports).map(({ region: r, organizations }) => [r.id, organizations.map((o) => o.slug)])).toEqual([
      ['estrie', ['abri']],
      ['montreal', ['eleve', 'zephyr']],
    ]);
  });
});

describe('aboutOf', () => {
  test('reads the sheet or the tool a report is about, and its label, through the registry', () => {
    expect(aboutOf({ sheet: 'mentorat' })).toEqual({ key: 'fiche:mentorat', label: 'Fiche essayée' });
    expect(aboutOf({ tool: 'grille' })).toEqual({ key: 'outil:grille', label: 'Outil essayé' });
    expect(aboutOf({}).key).toBe('');
  });
});

describe('buildLibrary with reports', () => {
  test('resolves each report and lists them newest first, by the entry they are about', () => {
    const raw = sampleRaw();
    raw.entries.recit = [
      { id: 'ancien', filePath: 'content/recits/ancien.mdx', data: reportData({ published: new Date('2024-01-01') }) },
      { id: 'recent', filePath: 'content/recits/recent.mdx', data: reportData({ published: new Date('2025-06-01'), organization: 'org-a', region: 'estrie' }) },
      { id: 'outil', filePath: 'content/recits/outil.mdx', data: reportData({ sheet: undefined, tool: 'grille' }) },
    ];
    const library = buildLibrary(raw, anySize);
    expect(library.reports.map((r) => r.slug)).toEqual(['recent', 'outil', 'ancien']);
    expect(library.reportsByEntry.get('fiche:alpha')!.map((r) => r.slug)).toEqual(['recent', 'ancien']);
    const recent = library.reports[0]!;
    expect([recent.about?.title, recent.organization?.name, recent.region.name, recent.recommendLabel, recent.path]).toEqual([
      'alpha',
      'Org A',
      'Estrie',
      'Oui',
      '/experiences/recent/',
    ]);
    expect(library.reportsByEntry.get('outil:grille')!.map((r) => r.about?.path)).toEqual(['/outils/grille/']);
  });
});

describe('paginateReports', () => {
  test('cuts a listing into pages of a fixed size, newest first', () => {
    const reports = Array.from({ length: 5 }, (_, i) => report(`r${i}`, 'o', estrie, `2025-01-0${i + 1}`));
    const pages = paginateReports(reports, { heading: 'H', firstPath: '/experiences/' }, 2);
    expect(pages.map((p) => [p.path, p.reports.map((r) => r.slug)])).toEqual([
      ['/experiences/', ['r4', 'r3']],
      ['/experiences/page/2/', ['r2', 'r1']],
      ['/experiences/page/3/', ['r0']],
    ]);
  });
});

describe('validateLibrary on reports', () => {
  const root = join(import.meta.dirname, '..', '..');
  const shipped = readLibraryFiles(root);
  const path = 'content/recits/questionnaire-stress-quebec.mdx';
  const text = new TextDecoder().decode(shipped.find((file) => file.path === path)!.bytes);
  const problemsWith = (changed: string) => {
    const files: SourceFile[] = [...shipped.filter((file) => file.path !== path), { path, bytes: new TextEncoder().encode(changed) }];
    return validateLibrary(files, { fileSize: () => 12_345, now: new Date('2026-01-15T12:00:00Z') })
      .problems.filter((p) => p.file === path)
      .map(formatProblem);
  };

  test('accepts the shipped reports', () => {
    expect(problemsWith(text)).toEqual([]);
  });

  test('names an unknown sheet or tool, with a suggestion', () => {
    expect(problemsWith(text.replace('tool: questionnaire-stress-scolaire', 'tool: questionaire-stress-scolaire'))).toEqual([
      'content/recits/questionnaire-stress-quebec.mdx:3 — champ « Outil essayé » (tool) : valeur inconnue « questionaire-stress-scolaire », qui devrait désigner un outil (content/outils/). Correction : Vouliez-vous dire « questionnaire-stress-scolaire » ?',
    ]);
  });

  test('asks for exactly one of the sheet and the tool', () => {
    expect(problemsWith(text.replace('tool: questionnaire-stress-scolaire\n', ''))).toEqual([
      expect.stringMatching(/« Fiche essayée » \(sheet\) : vide, comme « Outil essayé » \(tool\).*Remplissez l’un des deux, un seul\./),
    ]);
    expect(problemsWith(text.replace('tool: questionnaire-stress-scolaire\n', 'sheet: mentorat-entre-pairs\ntool: questionnaire-stress-scolaire\n'))).toEqual([
      expect.stringMatching(/« Outil essayé » \(tool\) : rempli en même temps que « Fiche essayée » \(sheet\).*Gardez-en un seul/),
    ]);
  });
});
