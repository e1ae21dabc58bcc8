import type { CMS } from 'decap-cms-core';

type Phrases = { [key: string]: string | Phrases };

/**
 * Plainer wording for Decap's French form messages: the field's own label in quotes, then what to fix
 * (the pattern messages of cms/config/patterns.ts read « entre 3 et 120 caractères »).
 */
export const frenchWording: Phrases = {
  editor: {
    editorControlPane: {
      widget: {
        required: '« %{fieldLabel} » est obligatoire : remplissez-le.',
        regexPattern: '« %{fieldLabel} » : %{pattern}.',
        range: '« %{fieldLabel} » : un nombre entre %{minValue} et %{maxValue}.',
        rangeCount: '« %{fieldLabel} » : choisissez entre %{minCount} et %{maxCount} éléments.',
        rangeMin: '« %{fieldLabel} » : choisissez au moins %{minCount} élément(s).',
        rangeMax: '« %{fieldLabel} » : %{maxCount} éléments au plus.',
      },
    },
  },
};

/** Returns `base` with the phrases of `overrides` replacing its own, at any depth. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}

/** Replaces a few of Decap's French messages with plainer ones (Decap registers `fr` itself). */
export function registerFrenchWording(cms: CMS): void {
  const registry = cms as unknown as { getLocale(name: string): Phrases | undefined };
  cms.registerLocale('fr', mergePhrases(registry.getLocale('fr') ?? {}, frenchWording));
}
