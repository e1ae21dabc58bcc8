import { describe, expect, test } from 'vitest';
import { escapeMarkdown, inlineCode, pageLink, shorten, siteBase } from '../../src/lib/review/markdown';
import { reviewReport } from '../../src/lib/review/report';

describe('escapeMarkdown', () => {
  test('turns tags into text, so GitHub shows them instead of rendering them', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & <script>')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;');
  });

  test('escapes what would start a link, an image, emphasis, code, a strikethrough or a new table cell', () => {
    expect(escapeMarkdown('![a](https://x) *b* _c_ `d` ~~e~~ f|g \\h')).toBe('!\\[a\\](https:\u2060//x) \\*b\\* \\_c\\_ \\`d\\` \\~\\~e\\~\\~ f\\|g \\\\h');
  });

  test('keeps the text on one line', () => {
    expect(escapeMarkdown('Titre\n\n## Faux titre\r\n- liste')).toBe('Titre ## Faux titre - liste');
  });
});

describe('inlineCode', () => {
  test('wraps text in a fence longer than any run of backticks inside it', () => {
    expect(inlineCode('a`b``c')).toBe('```a`b``c```');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
  });

  test('escapes pipes, which would split a table cell even inside code', () => {
    expect(inlineCode('a|b')).toBe('`a\\|b`');
  });
});

describe('shorten', () => {
  test('leaves short text alone and cuts the middle of long text, keeping its end', () => {
    expect(shorten('court', 10)).toBe('court');
    const cut = shorten('/fichiers/fiches/un-tres-long-dossier-de-fiche/document.pdf', 40);
    expect([...cut].length).toBe(40);
    expect(cut).toMatch(/^\/fichiers\/fiches\/un-.*….*\/document\.pdf$/);
  });
});

describe('pageLink and siteBase', () => {
  test('links a path on the site address when there is one', () => {
    expect(pageLink('/pratiques/x/', 'https://carrefour.example/')).toBe('[/pratiques/x/](https://carrefour.example/pratiques/x/)');
    expect(pageLink('/fichiers/a b(1).pdf', 'https://carrefour.example/base')).toBe('[/fichiers/a b(1).pdf](https://carrefour.example/base/fichiers/a%20b%281%29.pdf)');
  });

  test('gives the path as code without an address, or with one that is not http or https', () => {
    expect(pageLink('/pratiques/x/', undefined)).toBe('`/pratiques/x/`');
    expect(pageLink('/pratiques/x/', 'javascript:alert(1)')).toBe('`/pratiques/x/`');
    expect(siteBase('pas une adresse')).toBeUndefined();
    expect(siteBase(' http://localhost:4321/ ')).toBe('http://localhost:4321');
  });
});

describe('reviewReport escaping', () => {
  const report = reviewReport({
    base: 'main',
    changes: [
      {
        status: 'added',
        file: 'content/fiches/x.mdx',
        kind: 'Fiche de pratique',
        title: 'Jardin <img src=x onerror=alert(1)> [piège](https://mal.example) | colonne',
        path: '/pratiques/x/',
      },
    ],
    problems: [
      {
        severity: 'error',
        file: 'content/fiches/x.mdx',
        line: 40,
        subject: 'corps du texte',
        problem: 'balise <script> interdite',
        fix: 'retirez la balise <span> et son contenu.',
      },
    ],
  });

  test('shows a problem naming a tag literally', () => {
    expect(report).toContain('- `content/fiches/x.mdx:40` — corps du texte : balise &lt;script&gt; interdite. Correction : Retirez la balise &lt;span&gt; et son contenu.');
    expect(report).not.toMatch(/<script>|<span>/);
  });

  test('keeps a title from adding markup, a link or a table cell', () => {
    expect(report).toContain('| Ajout | Fiche de pratique | Jardin &lt;img src=x onerror=alert(1)&gt; \\[piège\\](https:\u2060//mal.example) \\| colonne | `/pratiques/x/` |');
    expect(report).not.toContain('<img');
  });
});
