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
      onScreen:
        rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && !!top && (top === element || element.contains(top) || top.contains(element)),
    };
  });
}

/** Fails unless the focused element is visibly marked: a solid outline of at least 2 px, on screen. */
function expectVisibleFocus(stop: Stop) {
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
