import { describe, expect, test } from 'vitest';
import { communityParts } from '../../cms/preview/community-parts';
import { kinds } from '../../src/schema/registry';

const labelOf = (field: { name: string }, value: string) => `${field.name}:${value}`;

describe('communityParts', () => {
  test('an experience shows its short fields in « En bref » and its texts under their labels, in the schema’s order', () => {
    const parts = communityParts(
      kinds.recit.spec.fields,
      {
        title: 'Notre club',
        sheet: 'club-de-lecture-en-famille',
        organization: 'le-pont-gatineau',
        adapted: 'Moins de livres.',
        outcome: 'Des familles fidèles.',
        recommend: true,
      },
      labelOf,
    );
    expect(parts.brief.map(({ term }) => term)).toContain('Fiche essayée');
    expect(parts.brief.find(({ term }) => term === 'Fiche essayée')?.value).toBe('sheet:club-de-lecture-en-famille');
    expect(parts.brief.map(({ term }) => term)).not.toContain('Ce que nous avons adapté');
    expect(parts.texts).toEqual([
      { title: 'Ce que nous avons adapté', paragraphs: ['Moins de livres.'] },
      { title: 'Ce que ça a donné', paragraphs: ['Des familles fidèles.'] },
    ]);
  });

  test('a question lists each answer as one paragraph, and leaves out empty fields and its title', () => {
    const parts = communityParts(
      kinds.appel.spec.fields,
      { title: 'Qui a essayé?', status: 'repondu', region: '', answers: [{ organization: 'le-pont-gatineau', text: 'Nous, en 2024.' }] },
      labelOf,
    );
    expect(parts.brief).toEqual([{ term: 'Statut', value: 'status:repondu' }]);
    expect(parts.texts).toEqual([{ title: 'Réponses', paragraphs: ['organization:le-pont-gatineau — Nous, en 2024.'] }]);
  });
});
