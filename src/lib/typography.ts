/**
 * French typography (Québec usage): the space a writer typed before « : ! ? » % $ and after « becomes
 * a non-breaking one, so a line never starts with the sign. Only spaces already there are changed:
 * nothing is added where the writer put none (« thèmes? » stays as written, as Québec allows). Before
 * « ; », where most of the library's writers put no space, a typed space is removed, so every page agrees.
 * Pure and linear: one regular-expression pass, no parser, cheap enough for every page of the build.
 */

/** Non-breaking space: before « : », « » », « $ », « % » and after « « ». */
const NBSP = '\u00a0';
/** Narrow non-breaking space: before « ! », « ? ». */
const NARROW_NBSP = '\u202f';

/** Breakable white space only: `\s` would also match the non-breaking spaces this module writes. */
const SPACES = '[ \\t\\n\\r\\f]+';
const SIGN = `${SPACES}([:;!?»$%])|«${SPACES}`;
const IN_TEXT = new RegExp(SIGN, 'g');

function replaceSpace(_match: string, sign: string | undefined): string {
  if (sign === undefined) return `«${NBSP}`;
  if (sign === ';') return sign;
  return `${sign === '!' || sign === '?' ? NARROW_NBSP : NBSP}${sign}`;
}

/** Returns plain text (a title, a label) with French non-breaking spaces. */
export function frenchSpaces(text: string): string {
  return text.replace(IN_TEXT, replaceSpace);
}

/**
 * One pass over HTML: comments and tags (their attributes quoted or not) are matched whole and left as
 * they are, so addresses and attribute values never change; what remains is text, where a sign is fixed.
 */
const IN_HTML = new RegExp(`<!--[\\s\\S]*?-->|<(/?)([A-Za-z][\\w:-]*)(?:"[^"]*"|'[^']*'|[^"'>])*>|${SIGN}`, 'g');
/** Elements whose text is shown as written: code, and what browsers never display as text. */
const verbatim = new Set(['code', 'pre', 'kbd', 'samp', 'textarea']);
/** Elements whose content is not HTML: nothing in them is a tag until their own closing tag. */
const rawText = new Set(['script', 'style']);

/** Calls `onSign` for every loose sign in the text of `html` and puts back what it returns. */
function mapSigns(html: string, onSign: (match: string, sign: string | undefined) => string): string {
  let depth = 0;
  let raw: string | undefined;
  return html.replace(IN_HTML, (match: string, closing: string | undefined, name: string | undefined, sign: string | undefined) => {
    if (name === undefined) return match.startsWith('<') || depth > 0 || raw ? match : onSign(match, sign);
    const tag = name.toLowerCase();
    if (raw) {
      if (closing && tag === raw) raw = undefined;
    } else if (rawText.has(tag)) {
      if (!closing && !match.endsWith('/>')) raw = tag;
    } else if (verbatim.has(tag)) {
      depth = Math.max(0, depth + (closing ? -1 : 1));
    }
    return match;
  });
}

/** Returns HTML with French non-breaking spaces in its text, never inside tags, code, scripts or styles. */
export function frenchSpacesInHtml(html: string): string {
  return mapSigns(html, replaceSpace);
}

/** Returns the signs a reader sees after a breakable space (« before one) in the text of `html`: what `frenchSpacesInHtml` fixes. */
export function looseSignsInHtml(html: string): string[] {
  const found: string[] = [];
  mapSigns(html, (match, sign) => {
    found.push(sign ?? '«');
    return match;
  });
  return found;
}
