import { describe, expect, test } from 'vitest';
import { editNotice } from '../../src/lib/edit-notice';
import { lostSections } from '../../src/lib/review/lost-sections';

describe('editNotice', () => {
  test('says whose entry it is, then which sections the edit empties and removes', () => {
    const before = '## Objectifs\n\nRéussir.\n\n## Résultats observés\n\nMieux.\n\n## Défis et adaptations\n\nLe transport.\n';
    const after = '## Objectifs\n\n## Résultats observés\n';
    expect(editNotice('Cap Réussite', lostSections(before, after))).toEqual([
      'Ce contenu est celui de l’organisme « Cap Réussite » : si vous n’en faites pas partie, le comité lui demandera son accord avant de publier.',
      'Sections vidées par vos changements : « Objectifs », « Résultats observés ».',
      'Section retirée par vos changements : « Défis et adaptations ».',
    ]);
  });

  test('says nothing of sections when none lost its text, and nothing at all without an organization', () => {
    expect(editNotice('Cap Réussite', [])).toHaveLength(1);
    expect(editNotice(undefined, [])).toEqual([]);
  });
});
