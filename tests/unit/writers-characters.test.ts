import { getRssString } from '@astrojs/rss';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { feedOptions } from '../../src/lib/feeds';
import { calendarFile } from '../../src/lib/ical';
import { buildLibrary } from '../../src/lib/library';
import { openData } from '../../src/lib/open-data';
import { findForbiddenCharacter } from '../../src/lib/safety/characters';
import { anySize, sampleRaw } from './fixtures';
import { htmlErrors, xmlErrors } from '../parsers';

/**
 * Writers given values that never met the check (a file accepted before the rule, a cached entry): each hides
 * Word's manual line break, NUL, U+FFFE, a C1 control or the right-to-left override. Outputs are read back with
 * real parsers: saxes (XML 1.0, strict on characters), ical.js, parse5 (HTML5, reporting parse errors).
 */
const hostile = ['Parents\u000bqui', 'Nul\u0000ici', 'Non\ufffecaractère', 'Contrôle\u009bC1', 'Inversé\u202eexe.txt'];
const cleaned = ['Parents qui', 'Nulici', 'Noncaractère', 'ContrôleC1', 'Inverséexe.txt'];

/** Returns every text node saxes reads in `xml`, concatenated. */
function xmlText(xml: string): string {
  let text = '';
  const parser = new SaxesParser();
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.write(xml).close();
  return text;
}

/** Returns the HTML5 parse errors of a page showing `texts` as paragraphs (escaped as Astro escapes expressions). */
function pageErrors(texts: readonly string[]): string[] {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return htmlErrors(`<!doctype html><html lang="fr-CA"><head><title>t</title></head><body>${texts.map((text) => `<p>${escape(text)}</p>`).join('')}</body></html>`);
}

/** Returns every string held in `value` (arrays and objects walked). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Map)) return Object.values(value).flatMap(stringsIn);
  return [];
}

const hasForbidden = (text: string) => findForbiddenCharacter(text, true) !== undefined;

describe('the RSS writer (feedOptions, /rss.xml and the theme and region feeds)', () => {
  test('the XML parser refuses the characters XML 1.0 cannot hold (the check can fail)', () => {
    expect(xmlErrors('<a>Parents\u000bqui</a>')).toEqual([expect.stringContaining('disallowed character') as string]);
    expect(xmlErrors('<a>Nul\u0000ici</a>')).not.toEqual([]);
    expect(xmlErrors('<a>Non\ufffecaractère</a>')).not.toEqual([]);
  });

  test('writes a well-formed feed without any of them, the text around them kept', async () => {
    const items = hostile.map((text, index) => ({
      title: text,
      path: `/pratiques/f${index}/`,
      summary: `Résumé : ${text}`,
      typeLabel: text,
      published: new Date(Date.UTC(2026, 0, index + 1)),
    }));
    const xml = await getRssString(feedOptions({ siteUrl: 'https://carrefour.example', title: `Carrefour ${hostile[0]!}`, description: hostile[4]! }, items));
    expect(xmlErrors(xml)).toEqual([]);
    const text = xmlText(xml);
    expect(hasForbidden(text)).toBe(false);
    for (const clean of cleaned) expect(text).toContain(`Résumé : ${clean}`);
  });
});

describe('the calendar writer (calendarFile, the .ics files)', () => {
  test('writes no control character but its CRLF line ends, and ical.js reads the texts without them', () => {
    const ics = calendarFile(
      [
        {
          uid: 'hostile@carrefour.example',
          stamp: new Date('2026-06-01T00:00:00Z'),
          schedule: { date: '2027-05-14', startTime: '09:00', endTime: '16:00' },
          occurrence: { date: '2027-05-14', startTime: '09:00', endTime: '16:00' },
          title: hostile.join(' '),
          description: `${hostile.join('\n')}`,
          location: hostile[3]!,
          url: 'https://carrefour.example/rencontres/hostile/',
          organizer: { name: hostile[4]!, email: 'info@organisme.example' },
          categories: [hostile[0]!],
        },
      ],
      `Rencontres ${hostile[1]!}`,
    );
    expect(hasForbidden(ics.replaceAll('\r\n', '\n'))).toBe(false);
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(cleaned.join(' '));
    expect(event.getFirstPropertyValue('description')).toBe(cleaned.join('\n'));
    expect(event.getFirstPropertyValue('location')).toBe(cleaned[3]);
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe(cleaned[4]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Rencontres ${cleaned[1]!}`);
  });
});

describe('the library’s data (buildLibrary), where every page, feed and the open data read their texts', () => {
  const raw = sampleRaw();
  const sheet = raw.entries.fiche.find((entry) => entry.id === 'alpha')!;
  sheet.data = { ...sheet.data, title: hostile[0]!, summary: hostile.join(' '), authors: [hostile[4]!] };
  sheet.body = `## Contexte\n${hostile[2]!}`;
  const org = raw.entries.organisme[0]!;
  org.data = { ...org.data, name: hostile[4]!, mission: hostile[3]! };
  raw.taxonomies.themes[0] = { ...raw.taxonomies.themes[0]!, label: hostile[1]! };
  const library = buildLibrary(raw, anySize);

  test('holds none of the characters, the text around them kept', () => {
    const item = library.byKey.get('fiche:alpha')!;
    expect([item.title, item.summary, item.organization!.name, item.themes[0]!.label]).toEqual([cleaned[0], cleaned.join(' '), cleaned[4], cleaned[1]]);
    expect(stringsIn([library.items, library.organizations, library.taxonomies]).filter(hasForbidden)).toEqual([]);
  });

  test('gives the HTML5 parser a page without parse errors, where the raw values give one per character', () => {
    const item = library.byKey.get('fiche:alpha')!;
    expect(pageErrors(hostile)).toEqual(['control-character-in-input-stream', 'unexpected-null-character', 'noncharacter-in-input-stream', 'control-character-in-input-stream']);
    expect(pageErrors([item.title, item.summary, item.organization!.name, item.organization!.mission, ...item.authors])).toEqual([]);
  });

  test('gives the open data (JSON) none of them', () => {
    const data = openData(library, 'https://carrefour.example');
    expect(stringsIn(data).filter(hasForbidden)).toEqual([]);
    expect(JSON.stringify(data)).toContain(cleaned[4]);
  });
});
