/**
 * Characters a text may not hold: they break XML (RSS), calendars or HTML, or hide what a text says.
 * - C0 controls (tab aside; line feed, and the carriage return of a CRLF, in multi-line texts only), DEL and C1 controls;
 * - Unicode noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane) and lone surrogates;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a reader
 *   sees (« Trojan Source »). The marks U+200E, U+200F and U+061C stay allowed: they only set the direction of
 *   the neutral characters beside them, cannot reverse a word, and Arabic or Hebrew names need them.
 * The schema (fields), the body rules, the CMS form and every writer (feeds, calendar, library data) use this one rule.
 */

/** A forbidden character found in a text. */
export interface ForbiddenCharacter {
  /** Its code point. */
  codePoint: number;
  /** 0-based index of its code unit in the text. */
  index: number;
  /** 1-based line, and 1-based column in characters (code points) on that line. */
  line: number;
  column: number;
}

const bidiControls = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** Returns whether a code point is a noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF). */
const isNoncharacter = (code: number) => (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;

/** Returns whether a code point (not a line ending) is forbidden in any text. */
function isForbiddenCodePoint(code: number): boolean {
  if (code === 0x09) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || isNoncharacter(code) || bidiControls.has(code) || (code >= 0xd800 && code <= 0xdfff);
}

/** Returns whether the code unit at `index` of `text` is a lone surrogate (a high one not followed by a low one, or a low one alone). */
function isLoneSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/**
 * Returns the first forbidden character of `text`, or undefined when it has none.
 * @param multiline whether the text may hold line feeds (and carriage returns followed by one)
 */
export function findForbiddenCharacter(text: string, multiline: boolean): ForbiddenCharacter | undefined {
  let line = 1;
  let column = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    column++;
    if (multiline && unit === 0x0a) {
      line++;
      column = 0;
      continue;
    }
    if (multiline && unit === 0x0d && text.charCodeAt(index + 1) === 0x0a) {
      column--;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      if (isLoneSurrogate(text, index)) return { codePoint: unit, index, line, column };
      const codePoint = text.codePointAt(index)!;
      index++;
      if (isNoncharacter(codePoint)) return { codePoint, index: index - 1, line, column };
      continue;
    }
    if (isForbiddenCodePoint(unit)) return { codePoint: unit, index, line, column };
  }
  return undefined;
}

/** Matches every forbidden character, line endings included (for writers, which keep a text on its own terms). */
const forbiddenGlobal =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\r(?!\n)/g;

/** Controls that break a line (Word's manual line break, form feed, next line, a lone CR): a space keeps the words apart. */
const lineBreaking = new Set(['\u000b', '\u000c', '\u0085', '\r']);

/**
 * Returns `text` without its forbidden characters (tab, line feed and CRLF kept; a line-breaking control
 * becomes a space). Writers call it on every text they write, so a value that never met the check (an old
 * file, a cached entry) cannot break their output.
 */
export function stripForbiddenCharacters(text: string): string {
  forbiddenGlobal.lastIndex = 0;
  return forbiddenGlobal.test(text) ? text.replace(forbiddenGlobal, (found) => (lineBreaking.has(found) ? ' ' : '')) : text;
}

/**
 * Returns `value` with every string in it stripped of forbidden characters: arrays and plain objects are walked,
 * other values (dates) kept; a value with nothing to strip is returned as is, without a copy.
 */
export function stripForbiddenDeep<T>(value: T): T {
  if (typeof value === 'string') return stripForbiddenCharacters(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => stripForbiddenDeep(item));
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    const stripped = entries.map(([key, item]): [string, unknown] => [key, stripForbiddenDeep(item)]);
    return (stripped.some(([, item], index) => item !== entries[index]![1]) ? Object.fromEntries(stripped) : value) as T;
  }
  return value;
}

const names: Record<number, string> = {
  0x00: 'caractère nul',
  0x08: 'retour arrière',
  0x09: 'tabulation',
  0x0a: 'saut de ligne',
  0x0b: 'saut de ligne manuel de Word',
  0x0c: 'saut de page',
  0x0d: 'retour chariot',
  0x1b: 'échappement',
  0x7f: 'suppression',
  0x85: 'fin de ligne C1',
  0xa0: 'espace insécable',
  0x202a: 'début d’enchâssement gauche à droite',
  0x202b: 'début d’enchâssement droite à gauche',
  0x202c: 'fin d’enchâssement',
  0x202d: 'forçage gauche à droite',
  0x202e: 'forçage droite à gauche, qui inverse l’ordre du texte affiché',
  0x2066: 'isolat gauche à droite',
  0x2067: 'isolat droite à gauche',
  0x2068: 'isolat de première force',
  0x2069: 'fin d’isolat',
};

/** Returns the French name of a forbidden character, e.g. `U+000B (saut de ligne manuel de Word)`. */
export function characterName(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    names[codePoint] ??
    (codePoint >= 0xd800 && codePoint <= 0xdfff
      ? 'moitié de caractère orpheline'
      : isNoncharacter(codePoint)
        ? 'non-caractère Unicode'
        : codePoint >= 0x80
          ? 'caractère de contrôle C1'
          : 'caractère de contrôle');
  return `${code} (${name})`;
}

/**
 * Returns the problem and fix of a forbidden character in French: in a field, « caractère invisible U+000B
 * (saut de ligne manuel de Word) à la position 30 » (« à la ligne 2, position 5 » past a multi-line text's first
 * line); in a body, whose problems name their line in the file, « … à la position 5 de la ligne ».
 */
export function forbiddenCharacterMessage(found: ForbiddenCharacter, where: 'field' | 'body'): { problem: string; fix: string } {
  const place =
    where === 'body' ? `à la position ${found.column} de la ligne` : found.line > 1 ? `à la ligne ${found.line}, position ${found.column}` : `à la position ${found.column}`;
  return {
    problem: `caractère invisible ${characterName(found.codePoint)} ${place}`,
    fix: 'effacez le texte autour de cette position et retapez-le (un copier-coller depuis Word ou un PDF apporte souvent ces caractères).',
  };
}
