import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Returns the body's tree under the MDX grammar, where JSX, `{expressions}` and `import`/`export` are nodes of their own. Throws on MDX syntax errors. */
export function parseMdx(body: string): Root {
  return mdxParser.parse(body);
}

/** Returns the body's tree as plain Markdown (CommonMark + GFM), the way the site's renderer reads it: raw HTML is in `html` nodes. */
export function parseMarkdown(body: string): Root {
  return markdownParser.parse(body);
}

/** Yields every node of a tree, depth first, in document order. */
export function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Returns the 1-based line where a node starts (1 when the parser gave no position). */
export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}
