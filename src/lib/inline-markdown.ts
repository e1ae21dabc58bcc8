import type { Nodes } from 'mdast';
import { parseMarkdown } from './safety/parse';
import { judgeUrl } from './safety/urls';

/**
 * One line of Markdown written in a form field (a bibliographic reference), as safe HTML: emphasis,
 * strong emphasis, code and links to allowed addresses (https, http, mailto, tel, the site's own);
 * everything else, raw HTML included, is shown as the text it is. Never a tag the writer typed.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Returns text safe in HTML text and in a double-quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (sign) => entities[sign]!);
}

/**
 * A line Markdown would read as a block (a heading, a list item, a quote, a link definition…) gets its
 * first sign escaped, so « 2005. Titre » stays a sentence instead of becoming a list numbered 2005.
 */
const blockStart = /^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|`{3}|~{3}|\[[^\]]*\]:|[-*_](?=(?:\s*[-*_]){2,}\s*$))/;
const orderedStart = /^(\d{1,9})(?=[.)](?:\s|$))/;

function asParagraph(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  if (orderedStart.test(text)) return text.replace(orderedStart, '$1\\');
  return blockStart.test(text) ? `\\${text}` : text;
}

function renderChildren(node: Nodes): string {
  return 'children' in node ? node.children.map(renderNode).join('') : '';
}

function renderNode(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'html':
      return escapeHtml(node.value);
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'emphasis':
      return `<em>${renderChildren(node)}</em>`;
    case 'strong':
      return `<strong>${renderChildren(node)}</strong>`;
    case 'link': {
      const verdict = judgeUrl(node.url);
      const text = renderChildren(node);
      return verdict === 'ok' || verdict === 'insecure' ? `<a href="${escapeHtml(node.url)}">${text}</a>` : text;
    }
    case 'image':
      return escapeHtml(node.alt ?? '');
    case 'break':
      return ' ';
    case 'footnoteReference':
      return escapeHtml(`[^${node.label ?? node.identifier}]`);
    default:
      return 'value' in node ? escapeHtml(node.value) : renderChildren(node);
  }
}

/** Returns one line of Markdown as HTML with only `<em>`, `<strong>`, `<code>` and `<a href>`, all text escaped. */
export function renderInlineMarkdown(markdown: string): string {
  return renderNode(parseMarkdown(asParagraph(markdown)));
}
