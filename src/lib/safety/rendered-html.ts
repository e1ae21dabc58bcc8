import { forbiddenTags } from './elements';
import { readTags } from './html-tags';
import { judgeUrl } from './urls';
import { isOneOf } from '../records';

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset']);

/**
 * Returns what in rendered HTML could run code: forbidden tags, event-handler attributes,
 * `javascript:`/`vbscript:`/`data:` addresses. A second lock behind `checkBody`: if the renderer ever
 * read a body differently from the rules, the build still stops before publishing.
 */
export function findUnsafeHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of readTags(html)) {
    if (tag.kind !== 'open') continue;
    const name = tag.name.toLowerCase();
    if (isOneOf(forbiddenTags, name)) found.push(`<${name}>`);
    for (const attribute of tag.attributes) {
      if (attribute.name.startsWith('on')) found.push(`<${name} ${attribute.name}>`);
      else if (urlAttributes.has(attribute.name) && judgeUrl(attribute.value) === 'forbidden') found.push(`<${name} ${attribute.name}="${attribute.value.slice(0, 30)}">`);
    }
  }
  return found;
}

/**
 * Returns event-handler attributes and script addresses in a whole built page. Unlike `findUnsafeHtml`
 * it allows the site's own `<script>`, `<style>`, `<meta>` and `<form>`, which layouts use on purpose.
 */
export function findUnsafeAttributes(html: string): string[] {
  return findUnsafeHtml(html).filter((found) => found.includes(' '));
}
