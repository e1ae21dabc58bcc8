import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The rule sets the site is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Only violations are described element by element: axe then names one element per passing rule instead of
// all of them, which saves much of its time on a long page.
const options: RunOptions = { runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] };

/**
 * Runs axe on the page and returns one readable line per failing element: rule, impact, what to fix, where.
 * An empty list means no violation. axe is put once into each frame (so it also checks inside iframes) and run
 * in the page itself, where @axe-core/playwright opened a second page to gather each frame's results.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await Promise.all(page.frames().map((frame) => frame.evaluate(axe.source)));
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, options),
    options,
  );
  if (results.passes.length === 0) throw new Error(`axe n’a rien vérifié sur ${page.url()}`);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) : ${violation.help} — ${node.target.join(' > ')}\n    ${node.failureSummary?.replace(/\n/g, ' ')}`),
  );
}
