import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What the test knows of the element that has keyboard focus. */
export interface Stop {
  tag: string;
  text: string;
  id: string;
  href: string | null;
  name: string | null;
  value: string | null;
  download: boolean;
  /** Position of the element in document order, to check that focus moves forward. */
  order: number;
  /** The outline drawn around it, as computed. */
  outline: { style: string; width: number; color: string };
  /** Whether the element shows, at least in part, inside the window and on top of what is there. */
  onScreen: boolean;
}

/** Returns the element that has focus, or null when focus is on the page itself (or has left it). */
export function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      id: element.id,
      href: element.getAttribute('href'),
      name: element.getAttribute('name'),
      value: (element as HTMLInputElement).value ?? null,
      download: element.hasAttribute('download'),
      order: [...document.querySelectorAll('*')].indexOf(element),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
      onScreen: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && !!top && (top === element || element.contains(top) || top.contains(element)),
    };
  });
}

/** Fails unless the focused element is visibly marked: a solid outline of at least 2 px, on screen. */
export function expectVisibleFocus(stop: Stop) {
  const where = `${stop.tag} « ${stop.text || stop.name || stop.id} »`;
  expect(stop.outline.style, `contour de focus de ${where}`).not.toBe('none');
  expect(stop.outline.width, `épaisseur du contour de ${where}`).toBeGreaterThanOrEqual(2);
  expect(stop.onScreen, `${where} est visible à l’écran quand il a le focus`).toBe(true);
}

/** Presses Tab (Shift+Tab when `back`) and returns the new stop; every stop must show its focus. */
export async function tab(page: Page, back = false): Promise<Stop | null> {
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const stop = await focusedStop(page);
  if (stop) expectVisibleFocus(stop);
  return stop;
}

/** Presses Tab until `wanted` matches the focused element, and returns it; fails after `limit` presses. */
export async function tabTo(page: Page, wanted: (stop: Stop) => boolean, limit = 200): Promise<Stop> {
  for (let i = 0; i < limit; i++) {
    const stop = await tab(page);
    if (stop && wanted(stop)) return stop;
  }
  throw new Error(`Aucun élément voulu atteint en ${limit} pressions de Tab sur ${page.url()}`);
}

/** Returns the relative luminance of a colour written `#rrggbb` or `rgb(r, g, b)` (WCAG 2 formula). */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  const channels = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Returns the WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
