import { describe, expect, test } from 'vitest';
import { breakAutolinks, breakReferences } from '../../src/lib/review/github-text';
import { escapeMarkdown } from '../../src/lib/review/markdown';
import { reviewReport } from '../../src/lib/review/report';

/** U+2060 WORD JOINER, shown as ⁠ in the expected strings below. */
const wj = '\u2060';
const show = (text: string) => text.replaceAll(wj, '⁠');

// What GitHub acts on in a comment, and what each becomes. GitHub matches mentions and references on the
// rendered text (so `&#64;` would decode back to `@` before it looks), and GFM's autolink extension needs
// `www.`, `://` or an email's `@` unbroken: an invisible word joiner placed inside each pattern defeats all of them.
describe('breakAutolinks', () => {
  test.each([
    ['a team mention', 'Voir @rocqld/comite', `Voir @${wj}rocqld/comite`],
    ['a user mention', '@octocat merci', `@${wj}octocat merci`],
    ['an issue reference', 'Corrige #1 et #12', `Corrige #${wj}1 et #${wj}12`],
    ['a reference to another repository', 'rocqld/carrefour#1', `rocqld/carrefour#${wj}1`],
    ['a GH- reference', 'GH-1 et gh-22', `GH-${wj}1 et gh-${wj}22`],
    ['an http address', 'https://evil.example/connexion', `https:${wj}//evil.example/connexion`],
    ['an address in capitals', 'HTTP://EVIL.EXAMPLE', `HTTP:${wj}//EVIL.EXAMPLE`],
    ['a www address', 'www.evil.example/connexion', `www${wj}.evil.example/connexion`],
    ['a WWW address', 'WWW.evil.example', `WWW${wj}.evil.example`],
    ['an email', 'ecrire à jeune.fille@evil.example', `ecrire à jeune.fille@${wj}evil.example`],
    ['a mailto address', 'mailto:a@evil.example', `mailto:a@${wj}evil.example`],
  ])('breaks %s', (_case, text, expected) => {
    expect(show(breakAutolinks(text))).toBe(show(expected));
  });

  test('leaves ordinary French text as it is', () => {
    const text = 'l’équipe de la 2e cohorte : 50 % des jeunes, 3 h par semaine (voir « Objectifs »), n° 4, 10:30';
    expect(breakAutolinks(text)).toBe(text);
  });

  test('breaks each pattern once, however many times it runs', () => {
    const once = breakAutolinks('@a #1 GH-2 https://b www.c d@e');
    expect(breakAutolinks(once)).toBe(once);
  });

  test('shows the same text: only invisible joiners are added', () => {
    const text = 'Écrivez à @rocqld/comite, #1, https://evil.example, www.evil.example ou x@evil.example';
    expect(breakAutolinks(text).replaceAll(wj, '')).toBe(text);
  });
});

describe('breakReferences', () => {
  test('breaks mentions, emails and references but keeps addresses, so the report’s own links still work', () => {
    const text = '[/pratiques/x/](https://apercu.exemple.org/pratiques/x/) @rocqld/comite #3 GH-4 www.exemple.org a@b.example';
    expect(show(breakReferences(text))).toBe(
      show(`[/pratiques/x/](https://apercu.exemple.org/pratiques/x/) @${wj}rocqld/comite #${wj}3 GH-${wj}4 www.exemple.org a@${wj}b.example`),
    );
  });
});

describe('escapeMarkdown and the report’s untrusted text', () => {
  test('breaks mentions, references and autolinks in escaped text', () => {
    const escaped = escapeMarkdown('Fiche @rocqld/comite #1 owner/repo#2 GH-3 https://evil.example/connexion www.evil.example x@evil.example');
    expect(show(escaped)).toBe(show(`Fiche @${wj}rocqld/comite #${wj}1 owner/repo#${wj}2 GH-${wj}3 https:${wj}//evil.example/connexion www${wj}.evil.example x@${wj}evil.example`));
  });

  test('keeps table cells whole', () => {
    expect(escapeMarkdown('a | b\n| c')).toBe('a \\| b \\| c');
  });

  test('keeps ordinary French text readable', () => {
    expect(escapeMarkdown('l’équipe de la 2e cohorte : 50 % des jeunes')).toBe('l’équipe de la 2e cohorte : 50 % des jeunes');
  });
});

describe('reviewReport', () => {
  const hostile = '@rocqld/comite #1 GH-2 https://evil.example/connexion www.evil.example x@evil.example';
  const report = reviewReport({
    base: 'main',
    changes: [
      { status: 'added', file: 'content/fiches/a.mdx', kind: 'Fiche de pratique', title: hostile, path: '/pratiques/a/', evidence: hostile, organization: hostile },
      {
        status: 'modified',
        file: 'content/fiches/b.mdx',
        kind: 'Fiche de pratique',
        title: 'B',
        path: '/pratiques/b/',
        fields: [{ label: hostile, before: hostile, after: hostile }],
      },
      { status: 'removed', file: 'public/fichiers/c.pdf', kind: 'Fichier joint', usedBy: [hostile] },
    ],
    problems: [{ severity: 'error', file: 'content/fiches/a.mdx', subject: 'champ « Titre » (title)', problem: `« ${hostile} » est trop long`, fix: 'raccourcissez-le.' }],
    siteUrl: 'https://apercu.exemple.org/',
  });

  test('leaves no mention, reference or automatic link from a proposal’s text', () => {
    expect(report).not.toMatch(/@(?!\u2060)|#\d|gh-\d|www\.|evil\.example\/connexion\)/i);
    expect(report.match(/https:\/\/[^\s)]*/g)).toEqual(['https://apercu.exemple.org/pratiques/a/', 'https://apercu.exemple.org/pratiques/b/']);
  });

  test('keeps the link to each page on the preview', () => {
    expect(report).toContain('[/pratiques/a/](https://apercu.exemple.org/pratiques/a/)');
  });
});
