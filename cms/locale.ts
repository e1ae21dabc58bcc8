import type { CMS } from 'decap-cms-core';
import { frenchWording, type Phrases } from './locale-fr';

export { frenchWording } from './locale-fr';

/** Returns `base` with the phrases of `overrides` replacing its own, at any depth. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}

/** Replaces Decap's French messages with ours (cms/locale-fr.ts); Decap registers `fr` itself. */
export function registerFrenchWording(cms: CMS): void {
  const registry = cms as unknown as { getLocale(name: string): Phrases | undefined };
  cms.registerLocale('fr', mergePhrases(registry.getLocale('fr') ?? {}, frenchWording));
}
