import { describe, expect, test } from 'vitest';
import { briefFacts } from '../../src/lib/brief';
import { buildLibrary } from '../../src/lib/library';
import { anySize, sampleRaw } from './fixtures';

describe('briefFacts', () => {
  test('shows the fields the registry lists for sheets, labelled as in the schema, choices by their label', () => {
    const raw = sampleRaw();
    raw.entries.fiche[0]!.data.duration = 'Six rencontres';
    const sheet = buildLibrary(raw, anySize).byKey.get('fiche:alpha')!;
    expect(briefFacts(sheet)).toEqual([
      { name: 'duration', label: 'Durée et fréquence', text: 'Six rencontres' },
      { name: 'cost', label: 'Coût approximatif', text: 'Aucun coût' },
    ]);
  });

  test('shows nothing for a kind whose registry entry lists no such fields', () => {
    const tool = buildLibrary(sampleRaw(), anySize).byKey.get('outil:grille')!;
    expect(briefFacts(tool)).toEqual([]);
  });
});
