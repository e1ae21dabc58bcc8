import { describe, expect, test } from 'vitest';
import { renderInlineMarkdown } from '../../src/lib/inline-markdown';

describe('renderInlineMarkdown', () => {
  test('renders emphasis, strong emphasis, code and links', () => {
    expect(renderInlineMarkdown('Epstein, J. L. (2011). *School, Family, and Community Partnerships* (2e éd.). Westview Press.')).toBe(
      'Epstein, J. L. (2011). <em>School, Family, and Community Partnerships</em> (2e éd.). Westview Press.',
    );
    expect(renderInlineMarkdown('**Loi** sur _les normes_ `N-1.1` [en ligne](https://www.legisquebec.gouv.qc.ca/fr/document/lc/N-1.1)')).toBe(
      '<strong>Loi</strong> sur <em>les normes</em> <code>N-1.1</code> <a href="https://www.legisquebec.gouv.qc.ca/fr/document/lc/N-1.1">en ligne</a>',
    );
  });

  test('links a bare address and a DOI, and leaves underscores inside words alone', () => {
    expect(renderInlineMarkdown('https://doi.org/10.1037/0022-0663.92.1.171')).toBe(
      '<a href="https://doi.org/10.1037/0022-0663.92.1.171">https://doi.org/10.1037/0022-0663.92.1.171</a>',
    );
    expect(renderInlineMarkdown('snake_case_name')).toBe('snake_case_name');
  });

  test('shows raw HTML as text and escapes every sign that could open markup', () => {
    expect(renderInlineMarkdown('<script>alert(1)</script> & <b>gras</b>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;');
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderInlineMarkdown('[a](https://exemple.org/"onmouseover="x)')).not.toContain('"onmouseover');
  });

  test('keeps the text of a link whose address runs code or is unknown, without the link', () => {
    expect(renderInlineMarkdown('[cliquez](javascript:alert(1))')).toBe('cliquez');
    expect(renderInlineMarkdown('[voir](ftp://exemple.org/a)')).toBe('voir');
    expect(renderInlineMarkdown('[écrire](mailto:info@exemple.org)')).toBe('<a href="mailto:info@exemple.org">écrire</a>');
  });

  test('keeps a line that looks like a block as the sentence it is', () => {
    expect(renderInlineMarkdown('2005. *Titre*. Éditeur.')).toBe('2005. <em>Titre</em>. Éditeur.');
    expect(renderInlineMarkdown('# Rapport annuel')).toBe('# Rapport annuel');
    expect(renderInlineMarkdown('- Document interne')).toBe('- Document interne');
    expect(renderInlineMarkdown('> Cité par')).toBe('&gt; Cité par');
    expect(renderInlineMarkdown('[1]: https://exemple.org')).toBe('[1]: <a href="https://exemple.org">https://exemple.org</a>');
    expect(renderInlineMarkdown('***')).toBe('***');
    expect(renderInlineMarkdown('Ligne un\nligne deux')).toBe('Ligne un ligne deux');
  });
});
