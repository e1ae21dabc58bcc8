import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rule sets the site is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page and returns one readable line per failing element: rule, impact, what to fix, where.
 * An empty list means no violation. Only violations are described element by element: axe then names one
 * element per passing rule instead of all of them, which saves most of its time on a long page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(axeTags)
    .analyze();
  if (results.passes.length === 0) throw new Error(`axe n’a rien vérifié sur ${page.url()}`);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) : ${violation.help} — ${node.target.join(' > ')}\n    ${node.failureSummary?.replace(/\n/g, ' ')}`),
  );
}
