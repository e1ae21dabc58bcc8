import type { Page } from 'playwright-core';

/** A phone held upright: the narrowest width WCAG 1.4.10 asks content to reflow into. */
export const phone = { viewport: { width: 320, height: 640 } };
/** A 1280 × 900 desktop window zoomed to 400 %: 320 × 225 CSS px, each drawn with 4 device pixels. */
export const zoom400 = { viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 };
export const desktop = { viewport: { width: 1280, height: 900 } };

/**
 * Returns the elements that stick out past the right edge of the window (a cause of horizontal
 * scrolling), described as `tag.class "text"`, and whether the page scrolls sideways at all.
 * Content inside a box that scrolls on its own (a wide table) is allowed: WCAG 1.4.10 exempts it.
 */
export function horizontalOverflow(page: Page): Promise<{ scrolls: boolean; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 1;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > limit)
      .filter((element) => {
        for (let box = element.parentElement; box; box = box.parentElement) {
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(box).overflowX)) return false;
        }
        return getComputedStyle(element).visibility !== 'hidden';
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} « ${element.textContent?.trim().slice(0, 40)} »`);
    return { scrolls: root.scrollWidth > root.clientWidth, culprits };
  });
}

/**
 * Returns the pointer targets smaller than 24 × 24 CSS px that WCAG 2.5.8 does not exempt.
 * Exempt: a link inside a sentence (inline, with other text in its block), and an undersized target
 * whose 24 px circle, centred on it, touches neither another target nor another such circle.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const targets = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.visually-hidden'))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const isSmall = (rect: DOMRect) => rect.width < 24 - 0.01 || rect.height < 24 - 0.01;
    const inSentence = (element: HTMLElement) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement!;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
      return (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
    };
    const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) =>
      Math.hypot(Math.max(rect.left - point.x, 0, point.x - rect.right), Math.max(rect.top - point.y, 0, point.y - rect.bottom));
    return targets
      .filter(({ element, rect }) => isSmall(rect) && !inSentence(element))
      .filter(({ element, rect }) => {
        const own = centre(rect);
        return targets.some((other) => {
          if (other.element === element || other.element.contains(element) || element.contains(other.element)) return false;
          if (isSmall(other.rect)) return Math.hypot(own.x - centre(other.rect).x, own.y - centre(other.rect).y) < 24;
          return distanceToRect(own, other.rect) < 12;
        });
      })
      .map(
        ({ element, rect }) =>
          `${element.tagName.toLowerCase()} « ${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40)} » ${Math.round(rect.width)}×${Math.round(rect.height)}`,
      );
  });
}
