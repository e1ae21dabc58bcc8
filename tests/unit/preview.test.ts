import { describe, expect, test } from 'vitest';
import { changedEntryPages, linkToPublished } from '../../src/lib/preview';

describe('changedEntryPages', () => {
  test('maps each changed entry file to its page, by the folder and extension of its kind', () => {
    expect(changedEntryPages(['fiches/mentorat.mdx', 'outils/grille.mdx', 'organismes/carrefour-jeunesse.yml', 'fiches/mentorat.mdx'])).toEqual([
      '/organismes/carrefour-jeunesse/',
      '/outils/grille/',
      '/pratiques/mentorat/',
    ]);
  });

  test('gives no page for files that are not entries', () => {
    expect(changedEntryPages(['taxonomies/themes.yml', 'fiches/notes.txt', 'README.md', 'fiches/sous/dossier.mdx'])).toEqual([]);
  });
});

describe('linkToPublished', () => {
  const built = new Set(['/pratiques/mentorat/', '/_astro/style.css']);
  const isBuilt = (path: string) => built.has(path);

  test('sends links and forms to pages not built to the published site, keeping query and fragment', () => {
    const html = '<a href="/pratiques/">Fiches</a><form action="/recherche/"></form><a href="/themes/x/?page=2#liste">x</a>';
    expect(linkToPublished(html, isBuilt, 'https://exemple.org/')).toBe(
      '<a href="https://exemple.org/pratiques/">Fiches</a><form action="https://exemple.org/recherche/"></form><a href="https://exemple.org/themes/x/?page=2#liste">x</a>',
    );
  });

  test('keeps links to what the preview built, and leaves external and protocol-relative links alone', () => {
    const html = '<link rel="stylesheet" href="/_astro/style.css"><a href="/pratiques/mentorat/#etapes">ici</a><a href="https://ailleurs.org/">a</a><a href="//cdn.org/x">b</a>';
    expect(linkToPublished(html, isBuilt, 'https://exemple.org')).toBe(html);
  });
});
