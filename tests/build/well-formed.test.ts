import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { findForbiddenCharacter } from '../../src/lib/safety/characters';
import { htmlErrors, xmlErrors } from '../parsers';
import { listFiles, siteDir } from './site';

/**
 * Every file the shared build writes for a reader or a program parses with a real parser: pages with an HTML5
 * parser (parse errors, content after </html>), feeds and sitemaps with a strict XML 1.0 parser, calendars with
 * ical.js; none of them, nor the open data, carries a control character, a noncharacter or a direction override.
 */
const files = listFiles(siteDir).filter((file) => !file.includes('/pagefind/') && !file.includes('/_astro/'));
const withExtension = (extension: string) => files.filter((file) => file.endsWith(extension));
const name = (file: string) => relative(siteDir, file);

const forbidden = (text: string) => {
  const found = findForbiddenCharacter(text, true);
  return found ? `U+${found.codePoint.toString(16).toUpperCase()} à la ligne ${found.line}` : undefined;
};

describe('the built files parse', () => {
  test('the parsers can fail', () => {
    expect(htmlErrors('<!doctype html><html lang="fr"><head><title>t</title></head><body><p>a\u000bb</p></body></html><script></script>')).not.toEqual([]);
    expect(xmlErrors('<rss>a\u000bb</rss>')).not.toEqual([]);
    expect(() => {
      ICAL.parse('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY\r\n');
    }).toThrow();
  });

  test('every page is an HTML5 document without a parse error nor a forbidden character', () => {
    const pages = withExtension('.html');
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const errors = htmlErrors(html);
      const character = forbidden(html);
      return [...(errors.length > 0 ? [`${name(file)} : ${errors.join(', ')}`] : []), ...(character ? [`${name(file)} : ${character}`] : [])];
    });
    expect(problems).toEqual([]);
  });

  test('every feed and sitemap is well-formed XML 1.0', () => {
    const xmls = withExtension('.xml');
    expect(xmls.map(name)).toContain('rss.xml');
    const problems = xmls.flatMap((file) => xmlErrors(readFileSync(file, 'utf8')).map((error) => `${name(file)} : ${error}`));
    expect(problems).toEqual([]);
  });

  test('every calendar file is read by ical.js, with an event and no forbidden character', () => {
    const calendars = withExtension('.ics');
    expect(calendars.length).toBeGreaterThan(0);
    for (const file of calendars) {
      const text = readFileSync(file, 'utf8');
      expect(forbidden(text), name(file)).toBeUndefined();
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
      expect(calendar.getAllSubcomponents('vevent').length, name(file)).toBeGreaterThan(0);
    }
  });

  test('the open data carries no forbidden character', () => {
    const json = withExtension('.json');
    expect(json.length).toBeGreaterThan(0);
    const problems = json.flatMap((file) => {
      const character = forbidden(readFileSync(file, 'utf8'));
      return character ? [`${name(file)} : ${character}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
