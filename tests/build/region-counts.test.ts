import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readPage, root } from './site';

/** The 17 regions as the committee keeps them. */
const regions = (parse(readFileSync(join(root, 'content', 'taxonomies', 'regions.yml'), 'utf8')) as { regions: { id: string; code: string; name: string }[] }).regions;

/** Returns an HTML fragment's visible text, on one line. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ')
    .trim();

/** Returns the two figures a text gives: « 4 contenus, 1 organisme », « aucun contenu, 2 organismes ». */
function figuresIn(words: string, where: string): { contents: number; organizations: number } {
  const number = (match: string | undefined) => (match === undefined ? Number.NaN : /aucun/i.test(match) ? 0 : Number(match.replace(/\D/g, '')));
  const contents = /(aucun|\d[\d  ]*) contenus?/i.exec(words)?.[1];
  const organizations = /(aucun|\d[\d  ]*) organismes?/i.exec(words)?.[1];
  expect(contents, `${where} : pas de nombre de contenus dans « ${words} »`).toBeDefined();
  expect(organizations, `${where} : pas de nombre d’organismes dans « ${words} »`).toBeDefined();
  return { contents: number(contents), organizations: number(organizations) };
}

const home = readPage('/').replace(/ data-astro-cid-\w+/g, '');
const index = readPage('/regions/').replace(/ data-astro-cid-\w+/g, '');

/** The home page's figures for a region, or zeros when it does not list the region (nothing to count there). */
function onHome(id: string) {
  const item = new RegExp(`<li data-region="${id}">([\\s\\S]*?)</li>`).exec(home)?.[1];
  return item ? figuresIn(text(item), 'accueil') : { contents: 0, organizations: 0 };
}

/** The figures of a region's box on /regions/, found by its link. */
function onIndex(id: string) {
  const box = new RegExp(`<li class="box">\\s*<h2 class="label">\\s*<a href="/regions/${id}/">[\\s\\S]*?</li>`).exec(index)?.[0];
  expect(box, `/regions/ n’a pas de case pour ${id}`).toBeDefined();
  return figuresIn(text(/<p class="muted" data-counts>([\s\S]*?)<\/p>/.exec(box!)?.[1] ?? ''), '/regions/');
}

/** The figures of a region's tile on the map: its accessible name and its visible lines must agree. */
function onMap(id: string) {
  const tile = new RegExp(`<a href="/regions/${id}/" aria-label="([^"]+)">([\\s\\S]*?)</a>`).exec(index);
  expect(tile, `la carte n’a pas de case pour ${id}`).not.toBeNull();
  const visible = [...tile![2]!.matchAll(/<text class="count"[^>]*>([^<]*)<\/text>/g)].map(([, line]) => line).join(', ');
  expect(figuresIn(visible, 'carte (texte visible)')).toEqual(figuresIn(tile![1]!, 'carte (nom accessible)'));
  return figuresIn(visible, 'carte');
}

/** The figures of the region's own page: its counts line, and the sum of its sections' headings. */
function onRegionPage(id: string) {
  const page = readPage(`/regions/${id}/`).replace(/ data-astro-cid-\w+/g, '');
  const line = figuresIn(text(/<p data-counts>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? ''), `/regions/${id}/`);
  const headings = [...page.matchAll(/<h2 id="([\w-]+)">[^<]*<span class="muted">\((\d+)\)<\/span>/g)].map(([, anchor, count]) => [anchor, Number(count)] as const);
  const sections = headings.filter(([anchor]) => anchor !== 'organismes').reduce((sum, [, count]) => sum + count, 0);
  const organizations = headings.find(([anchor]) => anchor === 'organismes')?.[1];
  expect({ contents: sections, organizations }, `/regions/${id}/ : les sections ne comptent pas comme la ligne du haut`).toEqual(line);
  return line;
}

describe('each region’s figures agree on the home page, /regions/, its map tile and its own page', () => {
  test('the home page lists at least one region, so the comparison covers it', () => {
    expect(regions.filter(({ id }) => home.includes(`data-region="${id}"`)).length).toBeGreaterThan(0);
  });

  test.each(regions)('$code $name', ({ id }) => {
    const page = onRegionPage(id);
    expect(onHome(id), 'accueil').toEqual(page);
    expect(onIndex(id), '/regions/').toEqual(page);
    expect(onMap(id), 'carte').toEqual(page);
  });
});
