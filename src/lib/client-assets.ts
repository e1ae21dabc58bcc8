/**
 * Whether pages kept from the previous build may point to scripts that no longer exist: Astro reuses a
 * page when the sources of its scripts are unchanged, but a change elsewhere can still rename their bundled
 * files (another script now shares a module with them, so the bundler splits it apart). Any file of the
 * previous client bundle missing from this one, or no list of the previous files, means such a risk.
 */
export function keptPagesMayBeStale(previous: string[] | undefined, current: string[]): boolean {
  if (!previous) return true;
  const now = new Set(current);
  return previous.some((file) => !now.has(file));
}
