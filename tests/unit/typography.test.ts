import { describe, expect, test } from 'vitest';
import { frenchSpaces, frenchSpacesInHtml, looseSignsInHtml } from '../../src/lib/typography';

const nbsp = '\u00a0';
const narrow = '\u202f';

describe('frenchSpaces', () => {
  test('makes the space before « : », « » », « $ » and « % » and after « « » non-breaking', () => {
    expect(frenchSpaces('Coût : 25 $ (10 %)')).toBe(`Coût${nbsp}: 25${nbsp}$ (10${nbsp}%)`);
    expect(frenchSpaces('le comité « Communauté de pratiques »')).toBe(`le comité «${nbsp}Communauté de pratiques${nbsp}»`);
  });

  test('uses a narrow non-breaking space before « ! » and « ? »', () => {
    expect(frenchSpaces('Oui ! Vraiment ?')).toBe(`Oui${narrow}! Vraiment${narrow}?`);
  });

  test('removes a typed space before « ; », as most writers of the library put none', () => {
    expect(frenchSpaces('des retraités ; plusieurs partent')).toBe('des retraités; plusieurs partent');
    expect(frenchSpaces('un format lourd  \n; un autre')).toBe('un format lourd; un autre');
    expect(frenchSpaces('déjà serré; rien à faire')).toBe('déjà serré; rien à faire');
  });

  test('replaces a run of spaces or a line break by one space, and adds none where the writer put none', () => {
    expect(frenchSpaces('Note  \n: voir')).toBe(`Note${nbsp}: voir`);
    expect(frenchSpaces('Qui d’autre travaille sur ces thèmes? 9:30, https://exemple.org/?q=1')).toBe('Qui d’autre travaille sur ces thèmes? 9:30, https://exemple.org/?q=1');
  });

  test('is idempotent', () => {
    const once = frenchSpaces('« Titre » : sous-titre ?');
    expect(frenchSpaces(once)).toBe(once);
  });
});

describe('frenchSpacesInHtml', () => {
  test('changes text between tags, across inline elements', () => {
    expect(frenchSpacesInHtml('<p><strong>Humaines :</strong> deux personnes</p>')).toBe(`<p><strong>Humaines${nbsp}:</strong> deux personnes</p>`);
    expect(frenchSpacesInHtml('<li><a href="/o/">Org</a> : <a href="/f/">Fiche</a></li>')).toBe(`<li><a href="/o/">Org</a>${nbsp}: <a href="/f/">Fiche</a></li>`);
  });

  test('never changes attributes, addresses, comments, code, scripts or styles', () => {
    const untouched = [
      '<a href="https://exemple.org/?a=b" title="Voir : ceci">lien</a>',
      "<img alt='Légende : photo' src=/x.png>",
      '<!-- Note : un commentaire -->',
      '<pre><code>a ? b : c; x !</code></pre>',
      '<p>Tapez <code>a : b</code> puis <kbd>Ctrl !</kbd></p>',
      '<script type="module">if (a) x = b ? c : d;</script>',
      '<style>a::after { content: " : "; }</style>',
      '<textarea>Réponse : </textarea>',
    ];
    for (const html of untouched) expect(frenchSpacesInHtml(html), html).toBe(html);
  });

  test('resumes after a code element, and counts nested code elements', () => {
    expect(frenchSpacesInHtml('<pre><code>a : b</code></pre><p>Voir :</p>')).toBe(`<pre><code>a : b</code></pre><p>Voir${nbsp}:</p>`);
    expect(frenchSpacesInHtml('<script>var s = "<p>a : b</p>";</script><p>x :</p>')).toBe(`<script>var s = "<p>a : b</p>";</script><p>x${nbsp}:</p>`);
  });

  test('reads a quoted attribute holding « > » as part of its tag', () => {
    expect(frenchSpacesInHtml('<a title="a > b : c">d :</a>')).toBe(`<a title="a > b : c">d${nbsp}:</a>`);
  });
});

describe('looseSignsInHtml', () => {
  test('lists what frenchSpacesInHtml fixes, in text only', () => {
    const html = '<title>A : B</title><p title="x : y">« Oui » ; <code>a : b</code> 5 $</p>';
    expect(looseSignsInHtml(html)).toEqual([':', '«', '»', ';', '$']);
    expect(looseSignsInHtml(frenchSpacesInHtml(html))).toEqual([]);
  });
});
