/**
 * Text formats a string field can declare (`StringField.format`), as regular expressions.
 * The Zod schemas and the CMS patterns both use these, so the form and the build accept the same values.
 */
export const formatPatterns = {
  /** Lowercase letters, digits and single hyphens: `mentorat-entre-pairs`. */
  slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  /** An absolute web address. */
  url: /^https?:\/\/\S+$/,
  /** A time of day on the 24-hour clock, as Québec writes it in numbers: `09:00`, `13:30`. */
  time: /^(?:[01]\d|2[0-3]):[0-5]\d$/,
} as const;

/** What each format expects, in plain French, for form messages. */
export const formatMessages: Record<keyof typeof formatPatterns, string> = {
  slug: 'minuscules, chiffres et traits d’union seulement',
  email: 'une adresse courriel, par exemple info@organisme.example',
  url: 'une adresse Web complète, qui commence par https://',
  time: 'une heure sur 24 heures, HH:MM, par exemple 09:00 ou 13:30',
};

/**
 * Returns a regular expression matching a path that ends with one of `extensions`, in any letter case.
 * It is spelled without the `i` flag because Decap CMS patterns are a bare source string.
 */
export function extensionPattern(extensions: readonly string[]): RegExp {
  const anyCase = (extension: string) => [...extension].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
  return new RegExp(`\\.(?:${extensions.map(anyCase).join('|')})$`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a regular expression matching an upload path in a folder of its own entry under `baseFolder`:
 * `/fichiers/outils/grille-d-observation/grille.pdf`, not `/fichiers/outils/grille.pdf`. Each entry keeps its
 * files apart, so replacing one never touches another entry's file.
 */
export function entryFolderPattern(baseFolder: string): RegExp {
  return new RegExp(`^${escapeRegExp(baseFolder)}/[^/]+/[^/]+$`);
}
