import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Returns the line of a value in a YAML text given its path (`['files', 1, 'file']`), or of its closest existing parent. */
export type LineFinder = (path: readonly PropertyKey[]) => number;

/**
 * Returns a finder of lines in `yaml`, a YAML text that starts at line `firstLine` of its file,
 * so a problem with a field is reported where the field is written.
 */
export function yamlLineFinder(yaml: string, firstLine: number): LineFinder {
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter, keepSourceTokens: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return (path) => {
    let node: unknown = document.contents;
    let line = firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyRange = (pair.key as Node | null)?.range;
        if (keyRange) line = lineAt(keyRange[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}
