/** A run of body lines: refused ones are shown as raw text with their messages, the others as Markdown. */
export interface BodyPart {
  text: string;
  /** 1-based line of the body where the part starts. */
  firstLine: number;
  refused: boolean;
  /** The messages of the problems found in a refused part, in line order; empty for the others. */
  messages: string[];
}

/**
 * Cuts a body into parts, flagging as refused each Markdown block (lines up to the blank lines around it)
 * that holds a problem's line: raw HTML spans its whole block, so none of it is rendered.
 */
export function splitRefusedParts(body: string, problems: readonly { line: number; message: string }[]): BodyPart[] {
  const lines = body.split('\n');
  const refused = lines.map(() => false);
  const isBlank = (index: number) => lines[index]!.trim() === '';
  /** A problem's line, kept inside the body. */
  const lineOf = (line: number) => Math.min(Math.max(line, 1), lines.length);
  for (const { line } of problems) {
    let start = lineOf(line) - 1;
    let end = start;
    while (start > 0 && !isBlank(start - 1)) start--;
    while (end < lines.length - 1 && !isBlank(end + 1)) end++;
    for (let index = start; index <= end; index++) refused[index] = true;
  }
  const parts: BodyPart[] = [];
  lines.forEach((text, index) => {
    const last = parts.at(-1);
    if (last && last.refused === refused[index]) last.text += `\n${text}`;
    else parts.push({ text, firstLine: index + 1, refused: refused[index]!, messages: [] });
  });
  for (const part of parts) {
    const lastLine = part.firstLine + part.text.split('\n').length - 1;
    if (part.refused) part.messages = problems.filter(({ line }) => lineOf(line) >= part.firstLine && lineOf(line) <= lastLine).map(({ message }) => message);
  }
  return parts.filter((part) => part.text.trim() !== '');
}
