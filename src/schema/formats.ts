/**
 * Text formats a string field can declare (`StringField.format`), as regular expressions.
 * The Zod schemas and the CMS patterns both use these, so the form and the build accept the same values.
 */
export const formatPatterns = {
  /** Lowercase letters, digits and single hyphens: `mentorat-entre-pairs`. */
  slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  /** An address alone: no `?cc=`, `&`, `#`, `%`-escape or other character a `mailto:` link would read as more than an address. */
  email: /^[^\s@?#&%/\\:;,<>"'()[\]]+@[^\s@?#&%/\\:;,<>"'()[\]=+!$*]+\.[^\s@?#&%/\\:;,<>"'()[\]=+!$*]+$/,
  /** An absolute web address, without user info (`https://site@evil.example/` leads to evil.example). */
  url: /^https?:\/\/(?![^/?#\s]*@)\S+$/,
  /** A time of day on the 24-hour clock, as Québec writes it in numbers: `09:00`, `13:30`. */
  time: /^(?:[01]\d|2[0-3]):[0-5]\d$/,
} as const;

/**
 * Values that look like an address but would mislead: user info before the host of a web address, and more
 * than an address in an email (`info@x.example?cc=spy%40evil.example` adds a recipient to a `mailto:` link).
 */
export const misleadingAddresses = {
  url: /^https?:\/\/[^/?#\s]*@/,
  email: /[?#&%]/,
} as const;

/** What each format expects, in plain French, for form messages. */
export const formatMessages: Record<keyof typeof formatPatterns, string> = {
  slug: 'minuscules, chiffres et traits d’union seulement',
  email: 'une adresse courriel seule, par exemple info@organisme.example, sans « ? » ni rien après',
  url: 'une adresse Web complète, qui commence par https://, sans « nom@ » avant le nom du site',
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
