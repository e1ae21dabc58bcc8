// A body cut into its `## ` sections, for the form's one-text-area-per-section editor, and joined back.
// `joinBody(splitBody(body)) === body` for any text: every character lands in exactly one piece.

/**
 * One piece of a body: the text before the first `## ` heading (heading '') or one section.
 * Written out as `heading + lead + text + trail`.
 */
export interface BodyPart {
  /** The heading line as written (`## Objectifs`), without its line ending; '' for the text before the first heading. */
  heading: string;
  /** The heading's line ending and the blank lines before the text. */
  lead: string;
  /** The text, from its first non-blank line to the end of its last one. */
  text: string;
  /** The line ending of the text's last line and the blank lines (or spaces) after it. */
  trail: string;
}

/** A `## ` heading: up to three spaces, two #, then a space, a tab or the end of the line (`###` is not one). */
const headingLine = /^ {0,3}##(?:[ \t]|$)/;
/** The opening of a fenced code block: its fence characters. */
const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;
/** Whole blank lines at the start of a text. */
const leadingBlankLines = /^(?:[ \t]*\r?\n)*/;
/** Line endings and spaces at the end of a text. */
const trailingSpace = /[ \t\r\n]*$/;

/** Returns the lines of `text`, each with its line ending. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Returns a line without its line ending. */
function contentOf(line: string): string {
  return line.replace(/\r?\n$/, '');
}

/** Returns the index of each `## ` heading line, skipping fenced code blocks. */
function headingIndexes(lines: readonly string[]): number[] {
  const indexes: number[] = [];
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const content = contentOf(line);
    if (fence) {
      const closing = content.match(/^ {0,3}(`{3,}|~{3,})[ \t]*$/)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = undefined;
      continue;
    }
    const opening = content.match(fenceOpening)?.[1];
    if (opening && !(opening[0] === '`' && content.slice(content.indexOf(opening) + opening.length).includes('`'))) fence = opening;
    else if (headingLine.test(content)) indexes.push(index);
  }
  return indexes;
}

/** Cuts what follows a heading (or the text before the first heading) into lead, text and trail. */
function partOf(heading: string, rest: string): BodyPart {
  const lead = rest.match(leadingBlankLines)![0];
  const remaining = rest.slice(lead.length);
  const trail = remaining.match(trailingSpace)![0];
  return { heading, lead, text: remaining.slice(0, remaining.length - trail.length), trail };
}

/** Cuts a body into the text before its first `## ` heading (always the first part) and one part per section. */
export function splitBody(body: string): BodyPart[] {
  const lines = linesOf(body);
  const starts = headingIndexes(lines);
  const parts = [partOf('', lines.slice(0, starts[0] ?? lines.length).join(''))];
  for (const [i, start] of starts.entries()) {
    const heading = contentOf(lines[start]!);
    parts.push(
      partOf(
        heading,
        lines
          .slice(start, starts[i + 1] ?? lines.length)
          .join('')
          .slice(heading.length),
      ),
    );
  }
  return parts;
}

/** Writes the parts back into a body. */
export function joinBody(parts: readonly BodyPart[]): string {
  return parts.map((part) => part.heading + part.lead + part.text + part.trail).join('');
}

/** Returns the title of a heading line: `## Objectifs ##` → `Objectifs`. */
export function headingTitle(heading: string): string {
  return heading
    .replace(/^ {0,3}##/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .trim();
}

/** Returns the line ending a body uses: Windows' when it has any, else `\n`. */
export function lineEndingOf(body: string): '\r\n' | '\n' {
  return body.includes('\r\n') ? '\r\n' : '\n';
}

/** Returns a part's text as a text area shows it (browsers turn every line ending into `\n`). */
export function shownText(part: BodyPart): string {
  return part.text.replace(/\r\n/g, '\n');
}

/**
 * Returns `part` with the text a contributor typed: blank lines around it dropped, line endings as the body's.
 * A part that had text keeps its spacing; one that gains or loses its text gets the usual spacing: a blank
 * line after the heading and before the next one, a single line ending at the end of the body.
 */
export function withText(part: BodyPart, typed: string, options: { isLast: boolean; eol: string }): BodyPart {
  const { eol, isLast } = options;
  const cleaned = partOf('', typed.replace(/\r\n/g, '\n')).text.replace(/\n/g, eol);
  if (cleaned === part.text) return part;
  if (part.text !== '' && cleaned !== '') return { ...part, text: cleaned };
  if (part.heading === '') return { heading: '', lead: '', text: cleaned, trail: cleaned === '' ? '' : isLast ? eol : eol + eol };
  if (cleaned === '') return { heading: part.heading, lead: isLast ? eol : eol + eol + eol, text: '', trail: '' };
  return { heading: part.heading, lead: eol + eol, text: cleaned, trail: isLast ? eol : eol + eol };
}

/** Returns the parts with the typed texts (one per part, as `shownText` gives them) in place of their texts. */
export function partsWithTexts(parts: readonly BodyPart[], texts: readonly string[], eol: string): BodyPart[] {
  return parts.map((part, index) => (texts[index] === shownText(part) ? part : withText(part, texts[index] ?? '', { isLast: index === parts.length - 1, eol })));
}

/** Returns the body with the typed texts in place of the parts' texts. */
export function bodyWithTexts(parts: readonly BodyPart[], texts: readonly string[], eol: string): string {
  return joinBody(partsWithTexts(parts, texts, eol));
}

/** The name of the text before the first heading, in the form. */
export const introLabel = 'Texte avant le premier intertitre';

/** Returns the number of line endings in a text. */
function lineCount(text: string): number {
  return text.match(/\n/g)?.length ?? 0;
}

/** Returns the part holding line `line` (1-based) of the joined body, and that line's number in the part's text. */
export function placeOfLine(parts: readonly BodyPart[], line: number): { index: number; line: number } {
  let start = 1;
  for (const [index, part] of parts.entries()) {
    const next = start + lineCount(part.heading + part.lead + part.text + part.trail);
    if (line < next || index === parts.length - 1) return { index, line: Math.max(1, line - start - lineCount(part.heading + part.lead) + 1) };
    start = next;
  }
  return { index: 0, line };
}

/** Rewords a problem of the joined body (« Ligne 12 — … ») with the section and its line (« « Objectifs », ligne 3 — … »). */
export function messageInSection(parts: readonly BodyPart[], problem: { line: number; message: string }): string {
  const place = placeOfLine(parts, problem.line);
  const heading = parts[place.index]?.heading ?? '';
  const name = heading === '' ? introLabel : `« ${headingTitle(heading)} »`;
  return `${name}, ligne ${place.line}${problem.message.replace(/^Ligne \d+/, '')}`;
}

/** Returns the template's section titles the body lacks, in the template's order. */
export function missingSections(parts: readonly BodyPart[], template: readonly string[]): string[] {
  const present = new Set(parts.slice(1).map((part) => headingTitle(part.heading)));
  return template.filter((title) => !present.has(title));
}

/** Returns the spacing that makes a part end with a blank line, so that a heading may follow it. */
function endingWithBlankLine(part: BodyPart, eol: string): BodyPart {
  const written = part.heading + part.lead + part.text + part.trail;
  if (written === '' || written.endsWith(eol + eol)) return part;
  return { ...part, trail: part.trail + (written.endsWith(eol) ? eol : eol + eol) };
}

/**
 * Adds an empty section titled `title` where the template puts it: before the first section the template
 * lists after it, else at the end. Returns the new parts and the index of the added one.
 */
export function addSection(parts: readonly BodyPart[], title: string, template: readonly string[], eol: string): { parts: BodyPart[]; index: number } {
  const rank = template.indexOf(title);
  const later = parts.findIndex((part, index) => index > 0 && template.indexOf(headingTitle(part.heading)) > rank);
  const index = later === -1 ? parts.length : later;
  const isLast = index === parts.length;
  const added: BodyPart = { heading: `## ${title}`, lead: isLast ? eol : eol + eol + eol, text: '', trail: '' };
  const before = parts.slice(0, index).map((part, i) => (i === index - 1 ? endingWithBlankLine(part, eol) : part));
  return { parts: [...before, added, ...parts.slice(index)], index };
}
