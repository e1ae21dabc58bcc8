// Reads and writes the kit in localStorage, for the entry pages' button (loaded on its first click) and the kit page.
import { addEntry, hasEntry, KIT_LIMIT, KIT_STORAGE_KEY, readKit, removeEntry, writeKit, type KitEntry } from '../lib/kit';

/** Returns the saved kit (empty when nothing is saved or storage is refused). */
export function loadKit(routes: readonly string[]): KitEntry[] {
  try {
    return readKit(localStorage.getItem(KIT_STORAGE_KEY), routes);
  } catch {
    return [];
  }
}

/** Saves the kit. */
export function saveKit(kit: readonly KitEntry[]): void {
  localStorage.setItem(KIT_STORAGE_KEY, writeKit(kit));
}

/** Adds `entry` to the saved kit, or removes it when already there; returns whether it is saved now and the kit's size, or 'full'. */
export function toggleEntry(entry: KitEntry, routes: readonly string[]): { saved: boolean; count: number } | 'full' {
  const kit = loadKit(routes);
  const saved = !hasEntry(kit, entry.ref);
  if (saved && kit.length >= KIT_LIMIT) return 'full';
  const next = saved ? addEntry(kit, entry) : removeEntry(kit, entry.ref);
  saveKit(next);
  return { saved, count: next.length };
}
