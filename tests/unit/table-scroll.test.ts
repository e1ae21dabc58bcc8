import { describe, expect, test } from 'vitest';
import { createTableLabeller, tableScrollBox } from '../../src/integrations/table-scroll';

describe('createTableLabeller', () => {
  test('names tables after the heading above them, numbered within a section', () => {
    const labeller = createTableLabeller();
    const names = [labeller.next()];
    labeller.heading(' Déroulement ');
    names.push(labeller.next(), labeller.next());
    labeller.heading('Résultats observés');
    names.push(labeller.next());
    expect(names).toEqual(['Tableau', 'Tableau — Déroulement', 'Tableau — Déroulement (2)', 'Tableau — Résultats observés']);
  });
});

describe('tableScrollBox', () => {
  test('is a focusable, named region with the table-scroll class', () => {
    expect(tableScrollBox('Tableau — Objectifs')).toEqual({
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Tableau — Objectifs' },
      children: [],
    });
  });
});
