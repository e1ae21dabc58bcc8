import { describe, expect, test } from 'vitest';
import { decodeEntities, judgeUrl, urlScheme } from '../../src/lib/safety/urls';

describe('decodeEntities', () => {
  test('decodes decimal, hexadecimal and the named references that can hide a scheme', () => {
    expect(decodeEntities('&#106;ava&#x73;cript&colon;x&Tab;y&amp;z')).toBe('javascript:x\ty&z');
  });
  test('leaves unknown names and plain text alone', () => {
    expect(decodeEntities('a &unknown; b & c')).toBe('a &unknown; b & c');
  });
});

describe('urlScheme', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  \u0001javascript:alert(1)', 'javascript'],
    ['java\tscr\nipt:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['data:text/html,x', 'data'],
    ['https://exemple.org', 'https'],
  ])('reads %j as %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
  test('returns undefined for paths, anchors and relative links', () => {
    expect([urlScheme('/pratiques/x/'), urlScheme('#objectifs'), urlScheme('guide.pdf'), urlScheme('./a:b')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('judgeUrl', () => {
  test('forbids script and data addresses, warns about http, refuses unknown schemes', () => {
    expect(['vbscript:x', 'data:x', 'http://a.example', 'https://a.example', 'mailto:a@b.example', 'tel:+15555550100', 'ftp://a.example', '/fichiers/a.pdf'].map(judgeUrl)).toEqual(
      ['forbidden', 'forbidden', 'insecure', 'ok', 'ok', 'ok', 'unknown', 'ok'],
    );
  });
});
