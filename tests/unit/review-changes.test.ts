import { describe, expect, test } from 'vitest';
import { fiches } from '../../src/schema/collections';
import { entryDetailLines } from '../../src/lib/review/entry-details';
import { lostSections } from '../../src/lib/review/lost-sections';
import { changedLineCount, fieldChanges, type ValueNames } from '../../src/lib/review/field-changes';
import { refersTo, uploadSection, uploadWarning } from '../../src/lib/review/uploads';

const names: ValueNames = {
  taxonomies: {
    evidence: new Map([
      ['pratique-evaluee', 'Pratique évaluée'],
      ['experience-terrain', 'Expérience terrain'],
    ]),
    themes: new Map([['litteratie', 'Littératie']]),
  },
  entries: { outils: new Map([['grille', 'Grille d’observation']]) },
};

describe('fieldChanges', () => {
  const before = {
    title: 'Ancien titre',
    evidence: 'experience-terrain',
    themes: ['litteratie', 'inconnu'],
    cost: 'gratuit',
    resources: { human: 'Une intervenante' },
    summary: 'Même résumé.',
    sample: true,
  };
  const after = {
    title: 'Nouveau titre',
    evidence: 'pratique-evaluee',
    themes: ['litteratie'],
    cost: 'moins-de-500',
    resources: { human: 'Deux intervenantes' },
    summary: 'Même résumé.',
    relatedTools: ['grille'],
    duration: 'x'.repeat(300),
    extra: 'clé hors schéma',
  };
  const changes = fieldChanges(fiches.fields, before, after, names);

  test('lists only the fields that changed, in the schema’s order, with French labels, then unknown keys', () => {
    expect(changes.map((change) => change.label)).toEqual([
      'Titre',
      'Thèmes',
      'Niveau de preuve',
      'Durée et fréquence',
      'Ressources nécessaires › Ressources humaines',
      'Coût approximatif',
      'Outils liés',
      'Exemple fictif',
      'extra',
    ]);
  });

  test('shows taxonomy labels, option labels, entry titles, yes/no, joined lists and empty values', () => {
    const byLabel = Object.fromEntries(changes.map((change) => [change.label, [change.before, change.after]]));
    expect(byLabel['Niveau de preuve']).toEqual(['Expérience terrain', 'Pratique évaluée']);
    expect(byLabel['Thèmes']).toEqual(['Littératie, inconnu', 'Littératie']);
    expect(byLabel['Coût approximatif']).toEqual(['Aucun coût', 'Moins de 500 $']);
    expect(byLabel['Outils liés']).toEqual([undefined, 'Grille d’observation']);
    expect(byLabel['Exemple fictif']).toEqual(['oui', undefined]);
  });

  test('shortens long values', () => {
    const duration = changes.find((change) => change.label === 'Durée et fréquence')!;
    expect([...duration.after!].length).toBe(120);
    expect(duration.after).toContain('…');
  });

  test('shows only the items removed and added when a list is too long to show whole', () => {
    const attachment = (n: number) => ({ title: `Document numéro ${n} de la fiche`, file: `/fichiers/fiches/une-fiche-au-long-nom/document-${n}.pdf` });
    const [change] = fieldChanges(fiches.fields, { attachments: [attachment(1), attachment(2)] }, { attachments: [attachment(1), attachment(3)] }, names);
    expect(change).toEqual({
      label: 'Pièces jointes (éléments changés)',
      before: 'Document numéro 2 de la fiche (/fichiers/fiches/une-fiche-au-long-nom/document-2.pdf)',
      after: 'Document numéro 3 de la fiche (/fichiers/fiches/une-fiche-au-long-nom/document-3.pdf)',
    });
  });

  test('finds nothing when only the key order or empty values differ', () => {
    expect(fieldChanges(fiches.fields, { resources: { human: 'a', material: 'b' }, duration: '' }, { resources: { material: 'b', human: 'a' } }, names)).toEqual([]);
  });
});

describe('changedLineCount', () => {
  test('counts an edited line once, and added or removed lines each', () => {
    expect(changedLineCount('a\nb\nc', 'a\nb\nc')).toBe(0);
    expect(changedLineCount('a\nb\nc', 'a\nB\nc')).toBe(1);
    expect(changedLineCount('a\nb\nc', 'a\nx\ny\nb\nc')).toBe(2);
    expect(changedLineCount('a\nb\nc\nd', 'a\nd')).toBe(2);
  });
});

describe('entryDetailLines', () => {
  test('gives a sheet’s evidence and organization, each changed field old → new, and the body’s changed lines', () => {
    expect(
      entryDetailLines({
        status: 'modified',
        file: 'content/fiches/x.mdx',
        evidence: 'Pratique évaluée',
        organization: 'La <b>Clé</b>',
        fields: [
          { label: 'Titre', before: 'A', after: 'B' },
          { label: 'Durée et fréquence', before: undefined, after: 'Une heure' },
        ],
        bodyLines: 3,
      }),
    ).toEqual([
      '- Niveau de preuve : « Pratique évaluée » · Organisme : « La &lt;b&gt;Clé&lt;/b&gt; »',
      '- Titre : « A » → « B »',
      '- Durée et fréquence : (vide) → « Une heure »',
      '- Corps modifié (3 lignes)',
    ]);
  });

  test('names the owning organization of a modified entry and lists its emptied and removed sections, escaped', () => {
    expect(
      entryDetailLines({
        status: 'modified',
        file: 'content/recits/x.mdx',
        owner: 'Cap @Réussite',
        fields: [],
        bodyLines: 11,
        lostSections: [
          { title: 'Objectifs', change: 'emptied' },
          { title: 'Résultats <i>observés</i>', change: 'emptied' },
          { title: 'Défis', change: 'removed' },
        ],
      }),
    ).toEqual([
      '- Contenu de l’organisme « Cap @\u2060Réussite » : si la proposition vient d’un autre organisme, demandez-lui son accord avant de publier.',
      '- Corps modifié (11 lignes)',
      '- ⚠️ Sections vidées : « Objectifs », « Résultats &lt;i&gt;observés&lt;/i&gt; »',
      '- ⚠️ Sections retirées : « Défis »',
    ]);
  });

  test('says when a modified file changed neither a field nor its body', () => {
    expect(entryDetailLines({ status: 'modified', file: 'content/outils/x.mdx', fields: [], bodyLines: 0 })).toEqual([
      '- Aucun champ ni le corps n’a changé (mise en forme du fichier seulement).',
    ]);
  });
});

describe('lostSections', () => {
  const before = [
    'Intro.',
    '',
    '## Contexte et besoins',
    '',
    'Des jeunes.',
    '',
    '## Objectifs',
    '',
    'Réussir.',
    '',
    '## Déroulement',
    '',
    'Chaque mardi.',
    '',
    '## Pour en savoir plus',
    '',
  ].join('\n');

  test('names the sections whose text was emptied or whose heading was removed, in the old order', () => {
    const after = ['Intro.', '', '## Contexte et besoins', '', '## Déroulement', '', 'Chaque mardi, modifié.', '', '## Pour en savoir plus', '', 'Un lien.', ''].join('\n');
    expect(lostSections(before, after)).toEqual([
      { title: 'Contexte et besoins', change: 'emptied' },
      { title: 'Objectifs', change: 'removed' },
    ]);
  });

  test('finds nothing when every section that had text still has some, nor for a section that was already empty', () => {
    expect(lostSections(before, before.replace('Réussir.', 'Réussir mieux.'))).toEqual([]);
    expect(lostSections(before, before.replace('## Pour en savoir plus\n', ''))).toEqual([]);
  });
});

describe('refersTo', () => {
  const text = 'attachments:\n  - file: /fichiers/fiches/plan.pdf\n---\nVoir [le guide](/fichiers/fiches/guide%20complet.pdf).';
  test('finds a path in a field or in a body link, written as is or percent-encoded', () => {
    expect(refersTo(text, '/fichiers/fiches/plan.pdf')).toBe(true);
    expect(refersTo(text, '/fichiers/fiches/guide complet.pdf')).toBe(true);
  });
  test('does not take a longer path for the file', () => {
    expect(refersTo('file: /fichiers/fiches/plan.pdf.old', '/fichiers/fiches/plan.pdf')).toBe(false);
    expect(refersTo('file: /fichiers/fiches/ancien/fichiers/fiches/plan.pdf', '/fichiers/fiches/plan.pdf')).toBe(false);
    expect(refersTo(text, '/fichiers/fiches/plan')).toBe(false);
  });
});

describe('uploadSection', () => {
  test('labels additions, replacements and deletions, and warns when published entries still use a replaced or deleted file', () => {
    expect(
      uploadSection([
        { status: 'added', file: 'public/fichiers/fiches/jardin/plan.pdf', usedBy: [] },
        { status: 'modified', file: 'public/fichiers/fiches/x.pdf', usedBy: ['Table locale', 'Mentorat <b>'] },
        { status: 'removed', file: 'public/images/fiches/y.png', usedBy: ['Club de lecture'] },
        { status: 'removed', file: 'public/fichiers/fiches/orphelin.pdf', usedBy: [] },
      ]).join('\n'),
    ).toBe(
      [
        '',
        '### Fichiers joints et images (4)',
        '',
        '| Changement | Fichier | Contenus publiés qui y renvoient |',
        '| --- | --- | --- |',
        '| Ajout | `public/fichiers/fiches/jardin/plan.pdf` | — |',
        '| Remplacement | `public/fichiers/fiches/x.pdf` | « Table locale » et « Mentorat &lt;b&gt; » |',
        '| Suppression | `public/images/fiches/y.png` | « Club de lecture » |',
        '| Suppression | `public/fichiers/fiches/orphelin.pdf` | — |',
        '',
        '⚠️ **Attention** : `public/fichiers/fiches/x.pdf` est remplacé ; il sert aussi à « Table locale » et « Mentorat &lt;b&gt; », déjà en ligne, qui montreront le nouveau fichier.',
        '',
        '⚠️ **Attention** : `public/images/fiches/y.png` est supprimé, mais « Club de lecture » y renvoie encore : son lien sera brisé.',
      ].join('\n'),
    );
  });

  test('gives no warning for an added file nor for a file no entry uses', () => {
    expect(uploadWarning({ status: 'added', file: 'public/fichiers/a.pdf', usedBy: ['X'] })).toBeUndefined();
    expect(uploadWarning({ status: 'modified', file: 'public/fichiers/a.pdf', usedBy: [] })).toBeUndefined();
  });
});
