/**
 * Every published entry of the library, kind by kind from the registry: feeds, the search page's totals and the
 * open data enumerate them here, so a kind added to the registry fails type checking until it says where the library keeps it.
 */
import type { ItemKind, Kind } from '../schema/registry';
import type { Question } from './appels';
import type { CalendarEvent } from './events';
import type { Library } from './library';
import type { ItemOf, Organization } from './model';
import type { Report } from './reports';

/** The entries of a kind, as the library builds them. */
type EntryOf<K extends Kind> = K extends ItemKind
  ? ItemOf<K>
  : K extends 'organisme'
    ? Organization
    : K extends 'rencontre'
      ? CalendarEvent
      : K extends 'recit'
        ? Report
        : K extends 'appel'
          ? Question
          : never;

/** An entry of one of the kinds `K`: its `kind` tells which. */
export type LibraryEntry<K extends Kind = Kind> = { [P in K]: EntryOf<P> }[K];

/** Where the library keeps each kind's entries: one line per kind of the registry, none left out. */
const entriesOfKind: { [K in Kind]: (library: Library) => readonly EntryOf<K>[] } = {
  fiche: (library) => library.byKind.fiche,
  outil: (library) => library.byKind.outil,
  modele: (library) => library.byKind.modele,
  organisme: (library) => library.organizations,
  rencontre: (library) => library.events,
  recit: (library) => library.reports,
  appel: (library) => library.questions,
};

/** Returns the library's entries of the given kinds (`allKinds` for every one), kind by kind in the order given. */
export function libraryEntries<K extends Kind>(library: Library, only: readonly K[]): LibraryEntry<K>[] {
  // One cast: TypeScript cannot pair each kind with its own accessor across the union of kinds.
  return only.flatMap((kind) => (entriesOfKind[kind] as (library: Library) => readonly LibraryEntry<K>[])(library));
}

/** One function per kind of the registry, none left out: what something (a feed, the open data) makes of each kind's entries. */
export type PerKind<R, Args extends unknown[] = []> = { [K in Kind]: (entry: EntryOf<K>, ...args: Args) => R };

/** Returns what `perKind` makes of an entry, with the function of the entry's own kind. */
export function forKind<R, Args extends unknown[]>(perKind: PerKind<R, Args>, entry: LibraryEntry, ...args: Args): R {
  // One cast, as above: the entry's kind picks the function that takes it.
  return (perKind[entry.kind] as (entry: LibraryEntry, ...args: Args) => R)(entry, ...args);
}
