import type { Element } from 'hast';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { t } from '../i18n/fr-CA';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Returns a labeller for the tables of one page: each is named after the section heading above it
 * (« Tableau — Déroulement »), numbered when a section has several, so that no two regions share a name.
 */
export function createTableLabeller() {
  let heading = '';
  const used = new Map<string, number>();
  return {
    /** Records the text of a heading met while reading the page. */
    heading(text: string) {
      heading = text.trim();
    },
    /** Returns the name of the next table. */
    next(): string {
      const base = heading ? `${t('table.label')} — ${heading}` : t('table.label');
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      return count > 1 ? `${base} (${count})` : base;
    },
  };
}

/** Returns the box a table goes in: it scrolls sideways on its own, takes keyboard focus and is a named region. */
export function tableScrollBox(label: string): Element {
  return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label }, children: [] };
}

/**
 * Sätteri plugin that wraps every table of a Markdown or MDX body in its scrolling box, so that a wide
 * table never makes the whole page scroll on a phone (WCAG 1.4.10), and can be scrolled with the arrow keys.
 */
export function tableScroll(): HastPlugin {
  // A factory: Sätteri calls it once per document, so each page gets its own labeller.
  return () => {
    const labeller = createTableLabeller();
    return {
      name: 'carrefour-table-scroll',
      element: {
        filter: ['h2', 'h3', 'h4', 'table'],
        visit(node, ctx) {
          if (node.tagName === 'table') ctx.wrapNode(node, tableScrollBox(labeller.next()));
          else labeller.heading(ctx.textContent(node));
        },
      },
    };
  };
}
