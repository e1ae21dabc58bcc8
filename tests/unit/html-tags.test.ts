import { describe, expect, test } from 'vitest';
import { readTags } from '../../src/lib/safety/html-tags';
import { findUnsafeHtml } from '../../src/lib/safety/rendered-html';

const summary = (html: string) => readTags(html).map((tag) => `${tag.kind}:${tag.name}${tag.attributes.map((a) => ` ${a.name}=${a.value}`).join('')}`);

describe('readTags', () => {
  test('reads names in any case and attributes quoted, unquoted or bare', () => {
    expect(summary(`<IMG SRC=x onError='a(1)' hidden><a href="/b">`)).toEqual(['open:IMG src=x onerror=a(1) hidden=', 'open:a href=/b']);
  });
  test('reads attributes split by line breaks, spaces around = and slashes', () => {
    expect(summary('<div\n  class="x"\n  onmouseover\n  =\n  "y"><svg/onload=z>')).toEqual(['open:div class=x onmouseover=y', 'open:svg onload=z']);
  });
  test('tells closing tags, comments and other markup apart', () => {
    expect(summary('</main><!-- <script> --><![CDATA[x]]><?php ?>')).toEqual(['close:main', 'comment:', 'other:', 'other:']);
  });
  test('ignores a lone < that opens no tag', () => {
    expect(summary('5 < 10 et a<<b')).toEqual(['open:b']);
  });
});

describe('findUnsafeHtml', () => {
  test('finds forbidden tags, event handlers and script addresses in rendered HTML', () => {
    expect(findUnsafeHtml('<p>ok</p><script>x</script><img src="x" onerror="y"><a href="&#106;avascript:z">a</a><iframe srcdoc="x"></iframe>')).toEqual([
      '<script>',
      '<img onerror>',
      '<a href="&#106;avascript:z">',
      '<iframe>',
    ]);
  });
  test('accepts what the Markdown renderer produces', () => {
    const html =
      '<h2 id="a">A</h2><p><a href="https://a.example" title="t">x</a> <img src="/images/x.svg" alt="y"></p><pre class="astro-code" style="color:#fff" tabindex="0"><code>&lt;script&gt;</code></pre>';
    expect(findUnsafeHtml(html)).toEqual([]);
  });
});
