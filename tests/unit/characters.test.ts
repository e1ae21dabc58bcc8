import { describe, expect, test } from 'vitest';
import { characterName, findForbiddenCharacter, forbiddenCharacterMessage, stripForbiddenCharacters, stripForbiddenDeep } from '../../src/lib/safety/characters';

const code = (text: string, multiline = false) => findForbiddenCharacter(text, multiline)?.codePoint;

describe('findForbiddenCharacter', () => {
  test.each([
    ['U+000B, Word’s manual line break', 'parents\u000bqui', 0x0b],
    ['NUL', 'a\u0000b', 0x00],
    ['escape', 'a\u001b[31mb', 0x1b],
    ['DEL', 'a\u007fb', 0x7f],
    ['a C1 control', 'a\u009bb', 0x9b],
    ['the C1 line end U+0085', 'a\u0085b', 0x85],
    ['U+FFFE', 'a\ufffeb', 0xfffe],
    ['U+FFFF', 'a\uffffb', 0xffff],
    ['a noncharacter of the U+FDD0 block', 'a\ufdd0b', 0xfdd0],
    ['a noncharacter of plane 1 (U+1FFFE)', 'a\u{1fffe}b', 0x1fffe],
    ['a noncharacter of plane 16 (U+10FFFF)', 'a\u{10ffff}b', 0x10ffff],
    ['a lone high surrogate', 'a\ud800b', 0xd800],
    ['a lone low surrogate', 'a\udc00b', 0xdc00],
    ['a high surrogate at the end', 'ab\ud83d', 0xd83d],
    ['the right-to-left override U+202E', 'abc\u202efdp.exe', 0x202e],
    ['a left-to-right embedding', 'a\u202ab', 0x202a],
    ['a first-strong isolate', 'a\u2068b', 0x2068],
    ['a pop directional isolate', 'a\u2069b', 0x2069],
  ])('refuses %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
    expect(code(text, true)).toBe(expected);
  });

  test('refuses line feeds and carriage returns in a one-line text, and a lone carriage return anywhere', () => {
    expect(code('a\nb')).toBe(0x0a);
    expect(code('a\r\nb')).toBe(0x0d);
    expect(code('a\rb', true)).toBe(0x0d);
  });

  test('accepts tabs, line feeds and CRLF in a multi-line text', () => {
    expect(findForbiddenCharacter('a\tb\nc\r\nd', true)).toBeUndefined();
  });

  test('accepts letters of every script, emoji, non-breaking spaces and the direction marks U+200E, U+200F and U+061C', () => {
    expect(findForbiddenCharacter('Élève · 𝔸 😀 مرحبا\u200f (Montréal)\u200e\u061c, 20\u00a0%, l’école', false)).toBeUndefined();
  });

  test('gives the position in characters (an emoji counts once) and, past a multi-line text’s first line, the line and column', () => {
    expect(findForbiddenCharacter('😀😀\u000b', false)).toMatchObject({ index: 4, line: 1, column: 3 });
    expect(findForbiddenCharacter('Une ligne.\r\nLa deuxième\u0000', true)).toMatchObject({ line: 2, column: 12 });
  });
});

describe('forbiddenCharacterMessage', () => {
  test('names the character, its position and the fix in French', () => {
    const found = findForbiddenCharacter('Comment rejoindre les parents\u000bqui ne viennent jamais?', false)!;
    expect(forbiddenCharacterMessage(found, 'field')).toEqual({
      problem: 'caractère invisible U+000B (saut de ligne manuel de Word) à la position 30',
      fix: 'effacez le texte autour de cette position et retapez-le (un copier-coller depuis Word ou un PDF apporte souvent ces caractères).',
    });
    expect(forbiddenCharacterMessage(findForbiddenCharacter('a\nbc\u202e', true)!, 'field').problem).toBe(
      'caractère invisible U+202E (forçage droite à gauche, qui inverse l’ordre du texte affiché) à la ligne 2, position 3',
    );
    expect(forbiddenCharacterMessage(findForbiddenCharacter('a\nbc\u202e', true)!, 'body').problem).toMatch(/à la position 3 de la ligne$/);
  });

  test('names each kind of character', () => {
    expect([0x00, 0x9b, 0xfffe, 0x1fffe, 0xd800, 0x2066].map(characterName)).toEqual([
      'U+0000 (caractère nul)',
      'U+009B (caractère de contrôle C1)',
      'U+FFFE (non-caractère Unicode)',
      'U+1FFFE (non-caractère Unicode)',
      'U+D800 (moitié de caractère orpheline)',
      'U+2066 (isolat gauche à droite)',
    ]);
  });
});

describe('stripForbiddenCharacters', () => {
  test('removes every forbidden character, turns line-breaking ones into a space, and keeps tabs, line feeds, CRLF, emoji and direction marks', () => {
    const hostile = 'a\u0000b\u000bc\u007f\u0085\u009bd\ufffe\uffff\ufdd0\u{1fffe}\u{10ffff}e\u202a\u202e\u2066\u2069f\ud800g\udc00h\ri\u000cj';
    expect(stripForbiddenCharacters(hostile)).toBe('ab c defgh i j');
    const kept = 'Ligne\tun\nligne\r\ndeux 😀 مرحبا\u200f';
    expect(stripForbiddenCharacters(kept)).toBe(kept);
    expect(findForbiddenCharacter(stripForbiddenCharacters(hostile), true)).toBeUndefined();
  });

  test('strips strings deep in data, keeps dates, and returns data with nothing to strip as is', () => {
    const date = new Date('2026-01-01');
    const data = { title: 'a\u000bb', list: [{ text: 'c\u202ed' }], published: date, count: 3 };
    expect(stripForbiddenDeep(data)).toEqual({ title: 'a b', list: [{ text: 'cd' }], published: date, count: 3 });
    const clean = { title: 'ab', list: [{ text: 'cd' }], published: date };
    expect(stripForbiddenDeep(clean)).toBe(clean);
  });
});
