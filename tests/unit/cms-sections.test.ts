import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  addSection,
  bodyWithTexts,
  headingTitle,
  joinBody,
  lineEndingOf,
  messageInSection,
  missingSections,
  placeOfLine,
  shownText,
  splitBody,
  withText,
} from '../../cms/sections';
import { bodyTemplate } from '../../cms/config/collections';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { fiches } from '../../src/schema/collections';
import { contentCollections } from '../../src/schema/registry';

const root = join(import.meta.dirname, '..', '..');
/** Every shipped content file with a body, as a repository path. */
const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  .sort();
const bodyOf = (path: string) => splitFrontMatter(readFileSync(join(root, path), 'utf8'), path).body;
const titles = (body: string) =>
  splitBody(body)
    .slice(1)
    .map((part) => headingTitle(part.heading));

describe('splitBody and joinBody', () => {
  test.each(files)('%s: joining the parts gives the body back, byte for byte', (path) => {
    const body = bodyOf(path);
    const parts = splitBody(body);
    expect(joinBody(parts)).toBe(body);
    // A free body (an experience report's) may have no section; every other shipped body has some.
    const collection = contentCollections.find((spec) => path.startsWith(`content/${spec.folder}/`));
    if (collection?.bodyRequired !== false) expect(parts.length).toBeGreaterThan(1);
    // Saving every section unchanged, as the form does when nothing was typed.
    expect(bodyWithTexts(parts, parts.map(shownText), lineEndingOf(body))).toBe(body);
  });

  test('covers every body type, and a sheet has its template’s sections in order', () => {
    for (const folder of ['fiches', 'outils', 'modeles', 'pages']) expect(files.some((path) => path.startsWith(`content/${folder}/`))).toBe(true);
    expect(titles(bodyOf('content/fiches/cafes-parents-ados.mdx'))).toEqual(fiches.bodySections);
  });

  test('cuts each section into its heading, the blank lines around its text, and its text', () => {
    const parts = splitBody('Intro\n\n## Objectifs\n\n- Un\n- Deux\n\n\n## Déroulement\nTexte   \n');
    expect(parts).toEqual([
      { heading: '', lead: '', text: 'Intro', trail: '\n\n' },
      { heading: '## Objectifs', lead: '\n\n', text: '- Un\n- Deux', trail: '\n\n\n' },
      { heading: '## Déroulement', lead: '\n', text: 'Texte', trail: '   \n' },
    ]);
  });

  const odd: Record<string, string> = {
    'no heading': 'Un paragraphe.\n\nUn autre.\n',
    'empty body': '',
    'only blank lines': '\n\n  \n',
    'headings not in the template': '## Contexte et besoins\n\nA\n\n## Une partie ajoutée\n\nB\n',
    'sub-headings': '## Déroulement\n\n### Étape 1\n\nA\n\n### Étape 2\n\nB\n',
    'Windows line endings': '## Objectifs\r\n\r\n- Un\r\n- Deux\r\n\r\n## Déroulement\r\n\r\nTexte\r\n',
    'trailing spaces': '## Objectifs  \n\nTexte avec espaces   \n  \n## Déroulement \t\nFin  ',
    'no final line ending': '## Objectifs\n\nTexte',
    'a fenced code block': '## Objectifs\n\n```md\n## pas un intertitre\n```\n\n~~~~\n## toujours pas\n~~~\n~~~~~\n\n## Déroulement\n',
    'an unclosed fence': '## Objectifs\n\n```\n## dans le code\n',
    'indented and closed headings': '   ## Trois espaces ##\n\n    ## code indenté\n\n##\n\n##pas un intertitre\n',
    'text right after the heading': '## Objectifs\nTexte\n## Déroulement\nTexte\n',
    template: bodyTemplate(fiches.bodySections),
  };
  test.each(Object.entries(odd))('%s: joins back to the same text', (_, body) => {
    expect(joinBody(splitBody(body))).toBe(body);
  });

  test('finds the `## ` headings only, outside code blocks, with up to three spaces before them', () => {
    expect(titles(odd['sub-headings']!)).toEqual(['Déroulement']);
    expect(splitBody(odd['sub-headings']!)[1]!.text).toBe('### Étape 1\n\nA\n\n### Étape 2\n\nB');
    expect(titles(odd['a fenced code block']!)).toEqual(['Objectifs', 'Déroulement']);
    expect(titles(odd['an unclosed fence']!)).toEqual(['Objectifs']);
    expect(titles(odd['indented and closed headings']!)).toEqual(['Trois espaces', '']);
    expect(titles(odd['no heading']!)).toEqual([]);
    expect(splitBody(odd['no heading']!)[0]!.text).toBe('Un paragraphe.\n\nUn autre.');
    expect(titles(odd['headings not in the template']!)).toEqual(['Contexte et besoins', 'Une partie ajoutée']);
  });

  test('reads the template of a new sheet as its seven empty sections', () => {
    const parts = splitBody(bodyTemplate(fiches.bodySections));
    expect(parts.slice(1).map((part) => headingTitle(part.heading))).toEqual(fiches.bodySections);
    expect(parts.every((part) => part.text === '')).toBe(true);
  });
});

describe('bodyWithTexts', () => {
  const template = bodyTemplate(['Objectifs', 'Déroulement', 'Pour en savoir plus']);

  test('fills a template with a blank line around each text and one line ending at the end', () => {
    const parts = splitBody(template);
    expect(bodyWithTexts(parts, ['', 'Un', 'Deux\nlignes', 'Trois'], '\n')).toBe('## Objectifs\n\nUn\n\n## Déroulement\n\nDeux\nlignes\n\n## Pour en savoir plus\n\nTrois\n');
    // Sections left empty keep the template's spacing.
    expect(bodyWithTexts(parts, ['', '', 'Deux', ''], '\n')).toBe('## Objectifs\n\n\n## Déroulement\n\nDeux\n\n## Pour en savoir plus\n');
  });

  test('changes only the lines of the edited section, keeping the spacing of the others', () => {
    const body = 'Intro\n\n## Objectifs\n\n\nUn  \n\n\n## Déroulement\nDeux\n';
    const parts = splitBody(body);
    const texts = parts.map(shownText);
    texts[2] = 'Deux, revu';
    expect(bodyWithTexts(parts, texts, '\n')).toBe('Intro\n\n## Objectifs\n\n\nUn  \n\n\n## Déroulement\nDeux, revu\n');
  });

  test('drops the blank lines typed around a text and keeps the body’s line endings', () => {
    const parts = splitBody(odd());
    expect(bodyWithTexts(parts, ['', '\n\n- Trois\n- Quatre\n\n\n', 'Texte'], '\r\n')).toBe('## Objectifs\r\n\r\n- Trois\r\n- Quatre\r\n\r\n## Déroulement\r\n\r\nTexte\r\n');
    function odd() {
      return '## Objectifs\r\n\r\n- Un\r\n- Deux\r\n\r\n## Déroulement\r\n\r\nTexte\r\n';
    }
  });

  test('writes the text before the first heading, and removes it when emptied', () => {
    const parts = splitBody('## Objectifs\n\nUn\n');
    expect(bodyWithTexts(parts, ['Avant', 'Un'], '\n')).toBe('Avant\n\n## Objectifs\n\nUn\n');
    expect(bodyWithTexts(splitBody('Avant\n\n## Objectifs\n\nUn\n'), ['', 'Un'], '\n')).toBe('## Objectifs\n\nUn\n');
  });

  test('an emptied section keeps its heading', () => {
    const parts = splitBody('## Objectifs\n\nUn\n\n## Déroulement\n\nDeux\n');
    expect(bodyWithTexts(parts, ['', '', 'Deux'], '\n')).toBe('## Objectifs\n\n\n## Déroulement\n\nDeux\n');
    expect(bodyWithTexts(parts, ['', 'Un', ''], '\n')).toBe('## Objectifs\n\nUn\n\n## Déroulement\n');
  });

  test('withText returns the very same part when the typed text only adds blank lines', () => {
    const part = splitBody('## Objectifs\n\nUn\n')[1]!;
    expect(withText(part, 'Un\n\n', { isLast: true, eol: '\n' })).toBe(part);
  });
});

describe('missingSections and addSection', () => {
  const template = ['Objectifs', 'Déroulement', 'Résultats', 'Pour en savoir plus'];

  test('lists the template’s sections the body lacks, in order', () => {
    expect(missingSections(splitBody('## Déroulement\n\nA\n\n## Autre\n\nB\n'), template)).toEqual(['Objectifs', 'Résultats', 'Pour en savoir plus']);
    expect(missingSections(splitBody(bodyTemplate(template)), template)).toEqual([]);
  });

  test('adds a section where the template puts it, empty, between blank lines', () => {
    const parts = splitBody('## Objectifs\n\nA\n\n## Pour en savoir plus\n\nB\n');
    const added = addSection(parts, 'Résultats', template, '\n');
    expect(added.index).toBe(2);
    expect(joinBody(added.parts)).toBe('## Objectifs\n\nA\n\n## Résultats\n\n\n## Pour en savoir plus\n\nB\n');
    const first = addSection(splitBody('Intro\n\n## Pour en savoir plus\n\nB\n'), 'Objectifs', template, '\n');
    expect(first.index).toBe(1);
    expect(joinBody(first.parts)).toBe('Intro\n\n## Objectifs\n\n\n## Pour en savoir plus\n\nB\n');
  });

  test('adds a section at the end after a blank line, and its text after another', () => {
    const parts = splitBody('## Objectifs\n\nA');
    const { parts: added, index } = addSection(parts, 'Pour en savoir plus', template, '\n');
    expect(joinBody(added)).toBe('## Objectifs\n\nA\n\n## Pour en savoir plus\n');
    const texts = added.map(shownText);
    texts[index] = 'Voir aussi';
    expect(bodyWithTexts(added, texts, '\n')).toBe('## Objectifs\n\nA\n\n## Pour en savoir plus\n\nVoir aussi\n');
  });

  test('adds a section to an empty body', () => {
    const { parts } = addSection(splitBody(''), 'Objectifs', template, '\n');
    expect(joinBody(parts)).toBe('## Objectifs\n');
  });
});

describe('headingTitle', () => {
  test('drops the marks and spaces around the title', () => {
    expect(headingTitle('## Objectifs')).toBe('Objectifs');
    expect(headingTitle('  ##   Objectifs  ##  ')).toBe('Objectifs');
    expect(headingTitle('## C# et #hashtags')).toBe('C# et #hashtags');
  });
});

describe('placeOfLine and messageInSection', () => {
  const parts = splitBody('Avant\n\n## Objectifs\n\nUn\nDeux\n\n## Déroulement\nTrois\n');

  test('finds the section of a body line and the line in its text', () => {
    expect(placeOfLine(parts, 1)).toEqual({ index: 0, line: 1 });
    expect(placeOfLine(parts, 5)).toEqual({ index: 1, line: 1 });
    expect(placeOfLine(parts, 6)).toEqual({ index: 1, line: 2 });
    expect(placeOfLine(parts, 9)).toEqual({ index: 2, line: 1 });
    // The heading line itself counts as the text's first line.
    expect(placeOfLine(parts, 3)).toEqual({ index: 1, line: 1 });
  });

  test('names the section in the validator’s message', () => {
    expect(messageInSection(parts, { line: 6, message: 'Ligne 6 — corps du texte : balise <b> interdite.' })).toBe(
      '« Objectifs », ligne 2 — corps du texte : balise <b> interdite.',
    );
    expect(messageInSection(parts, { line: 1, message: 'Ligne 1 — x' })).toBe('Texte avant le premier intertitre, ligne 1 — x');
  });
});
