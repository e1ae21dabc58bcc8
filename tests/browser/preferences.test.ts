import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { contrastRatio } from './colour';

const browser = useBrowser();

/** Returns the value of each colour token on the page, by name. */
function tokens(page: Page, names: string[]): Promise<Record<string, string>> {
  return page.evaluate((list) => Object.fromEntries(list.map((name) => [name, getComputedStyle(document.documentElement).getPropertyValue(name).trim()])), names);
}

describe('colour schemes', () => {
  test('the page turns dark when the system asks for it, and light otherwise', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const page = await browser.open('/', { colorScheme });
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(contrastRatio(await background('light'), '#ffffff')).toBeLessThan(1.1);
    expect(contrastRatio(await background('dark'), '#000000')).toBeLessThan(1.5);
  });

  test.each(['light', 'dark'] as const)('every text colour reads at 4.5:1 or more on every background (%s scheme)', async (colorScheme) => {
    const page = await browser.open('/', { colorScheme });
    const colours = await tokens(page, ['--c-text', '--c-muted', '--c-accent', '--c-accent-strong', '--c-bg', '--c-surface', '--c-notice']);
    const pairs = [
      ...['--c-text', '--c-muted', '--c-accent', '--c-accent-strong'].flatMap((text) => ['--c-bg', '--c-surface', '--c-notice'].map((background) => [text, background])),
      ['--c-bg', '--c-accent'], // button text on the accent colour
    ];
    const weak = pairs
      .map(([text, background]) => ({ text, background, ratio: contrastRatio(colours[text!]!, colours[background!]!) }))
      .filter(({ ratio }) => ratio < 4.5)
      .map(({ text, background, ratio }) => `${text} sur ${background} : ${ratio.toFixed(2)}`);
    expect(weak).toEqual([]);
  });
});

describe('reduced motion', () => {
  /** Gives the main heading an animation and a transition, the way a future component might, and returns what applies. */
  function addMotion(page: Page) {
    return page.evaluate(() => {
      const heading = document.querySelector('h1')!;
      heading.style.transition = 'color 2s';
      heading.style.animation = 'carrefour-test 2s infinite';
      const style = getComputedStyle(heading);
      return { transition: style.transitionDuration, animation: style.animationName, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
  }

  test('nothing animates, transitions or scrolls smoothly when the visitor asks for less motion', async () => {
    const page = await browser.open('/pratiques/cafes-parents-ados/', { reducedMotion: 'reduce' });
    expect(await addMotion(page)).toEqual({ transition: '0s', animation: 'none', scroll: 'auto' });
  });

  test('without that preference, the same motion would apply: the rule is what stops it', async () => {
    const page = await browser.open('/pratiques/cafes-parents-ados/', { reducedMotion: 'no-preference' });
    expect(await addMotion(page)).toEqual({ transition: '2s', animation: 'carrefour-test', scroll: 'auto' });
  });
});
