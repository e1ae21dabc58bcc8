/**
 * A small, forgiving reader of HTML tags, used to name precisely what raw HTML in a body tries to do.
 * It follows the HTML tokenizer where attackers play with it: any case, whitespace and line breaks
 * inside tags, `/` between attributes (`<svg/onload=…>`), quoted and unquoted values.
 * It does not build a tree: every raw HTML fragment is refused anyway; this only words the refusal.
 */

interface HtmlAttribute {
  /** Lower-case attribute name. */
  name: string;
  /** Raw value, entities not decoded; empty for a bare attribute. */
  value: string;
}

export interface HtmlTag {
  kind: 'open' | 'close' | 'comment' | 'other';
  /** Tag name as written (case kept, to tell `<Encadre>` from `<encadre>`); empty for comments and other markup. */
  name: string;
  attributes: HtmlAttribute[];
  /** Offset of the `<` in the text. */
  offset: number;
}

const NAME = /[A-Za-z][^\s/>]*/y;
const SPACE_OR_SLASH = /[\s/]*/y;
const ATTRIBUTE_NAME = /[^\s/>=][^\s/>=]*/y;
const EQUALS = /\s*=\s*/y;
const VALUE = /"([^"]*)"?|'([^']*)'?|([^\s>]*)/y;

function readAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function readAttributes(text: string, at: number): { attributes: HtmlAttribute[]; end: number } {
  const attributes: HtmlAttribute[] = [];
  let position = at;
  for (;;) {
    position += readAt(SPACE_OR_SLASH, text, position)![0].length;
    if (position >= text.length || text[position] === '>') return { attributes, end: position + 1 };
    const name = readAt(ATTRIBUTE_NAME, text, position);
    if (!name) return { attributes, end: position + 1 };
    position += name[0].length;
    let value = '';
    const equals = readAt(EQUALS, text, position);
    if (equals) {
      position += equals[0].length;
      const read = readAt(VALUE, text, position)!;
      value = read[1] ?? read[2] ?? read[3] ?? '';
      position += read[0].length;
    }
    attributes.push({ name: name[0].toLowerCase(), value });
  }
}

/** Returns every tag, comment and other markup (`<!DOCTYPE>`, `<?…?>`, `<![CDATA[`) found in `html`, in order. */
export function readTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let position = html.indexOf('<');
  while (position !== -1) {
    const offset = position;
    if (html.startsWith('<!--', position)) {
      const end = html.indexOf('-->', position + 4);
      tags.push({ kind: 'comment', name: '', attributes: [], offset });
      position = end === -1 ? html.length : end + 3;
    } else if (/^<[!?]/.test(html.slice(position, position + 2))) {
      const isCdata = html.startsWith('<![CDATA[', position);
      const end = isCdata ? html.indexOf(']]>', position) + 2 : html.indexOf('>', position);
      tags.push({ kind: 'other', name: '', attributes: [], offset });
      position = end < position ? html.length : end + 1;
    } else {
      const isClosing = html[position + 1] === '/';
      const name = readAt(NAME, html, position + (isClosing ? 2 : 1));
      if (name) {
        const { attributes, end } = readAttributes(html, name.index + name[0].length);
        tags.push({ kind: isClosing ? 'close' : 'open', name: name[0], attributes, offset });
        position = end;
      } else {
        position += 1;
      }
    }
    position = html.indexOf('<', position);
  }
  return tags;
}
