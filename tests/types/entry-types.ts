/**
 * Type assertions on the entry types derived from the field descriptors (src/schema/). `npm run check`
 * type-checks this file, and tests/unit/entry-types.test.ts checks it against a schema with a
 * renamed field, to prove such a rename breaks the build.
 */
import { expectTypeOf } from 'vitest';
import type { EntryData, Item } from '../../src/lib/model';

type Sheet = EntryData<'fiche'>;

expectTypeOf<Sheet['title']>().toEqualTypeOf<string>();
expectTypeOf<Sheet['evidence']>().toEqualTypeOf<string>();
expectTypeOf<Sheet['published']>().toEqualTypeOf<Date>();
expectTypeOf<Sheet['groupSize']>().toEqualTypeOf<string | undefined>();
expectTypeOf<Sheet['cost']>().toEqualTypeOf<'gratuit' | 'moins-de-500' | '500-a-5000' | 'plus-de-5000'>();
// Optional lists are always there once validated (the schema defaults them to []).
expectTypeOf<Sheet['attachments']>().toEqualTypeOf<{ title: string; file: string }[]>();
expectTypeOf<Sheet['cover']>().toEqualTypeOf<{ image: string; alt: string } | undefined>();
expectTypeOf<EntryData<'outil'>>().not.toHaveProperty('evidence');
expectTypeOf<EntryData<'organisme'>['memberSince']>().toEqualTypeOf<number>();

/** Checking an item's kind narrows its data to that kind's fields. */
export function toolTypeOf(item: Item): string | undefined {
  if (item.kind !== 'outil') return undefined;
  expectTypeOf(item.data.toolType).toEqualTypeOf<'grille-observation' | 'questionnaire' | 'guide-animation' | 'gabarit' | 'trousse-formation' | 'aide-memoire'>();
  return item.data.toolType;
}
