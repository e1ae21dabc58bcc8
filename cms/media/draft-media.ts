import { List, Map } from 'immutable';

/**
 * A draft's uploads are not on the site until it is published and built, yet Decap hands their public
 * path (`/images/fiches/<entry>/photo.png`) straight back as their address: `getAsset` takes any path
 * starting with « / » for a published URL. Decap does hold each draft file, as `entry.mediaFiles`
 * (an in-memory `blob:` URL after an upload, or the file read from the `cms/…` branch when a saved
 * draft is opened): these helpers find a public path among them.
 */

/** The repository folder whose files the site publishes at its root (`public/images/…` → `/images/…`). */
const publicDir = 'public';

/** Returns the `blob:` (or other) address Decap keeps for each of the entry's draft files, by public path. */
export function draftMediaUrls(entry: Map<string, unknown> | undefined): globalThis.Map<string, string> {
  const urls = new globalThis.Map<string, string>();
  const files = entry?.get('mediaFiles');
  if (!List.isList(files)) return urls;
  for (const file of files.toArray()) {
    if (!Map.isMap(file)) continue;
    const path = (file as Map<string, unknown>).get('path');
    const url = (file as Map<string, unknown>).get('url');
    if (typeof path !== 'string' || typeof url !== 'string' || !url) continue;
    const trimmed = path.replace(/^\/+/, '');
    if (trimmed.startsWith(`${publicDir}/`)) urls.set(trimmed.slice(publicDir.length), url);
  }
  return urls;
}

/** What Decap's `getAsset` returns, as its callers use it: an object whose string is the address. */
interface AssetLike {
  toString(): string;
}
export type GetAsset = (path: string, field?: unknown) => AssetLike;

/** An asset of a draft file, shaped like Decap's AssetProxy for its callers (`url`, `path`, `toString`). */
function draftAsset(path: string, url: string): AssetLike & { url: string; path: string } {
  return { path, url, toString: () => url };
}

/**
 * Returns a `getAsset` that answers a draft file's public path with the file Decap holds for the entry
 * (read through `readEntry` on each call, so a file uploaded a moment ago is found), and hands every
 * other path to Decap's own `getAsset`.
 */
export function withDraftMedia(getAsset: GetAsset, readEntry: () => Map<string, unknown> | undefined): GetAsset {
  return (path, field) => {
    const url = typeof path === 'string' ? draftMediaUrls(readEntry()).get(path) : undefined;
    return url ? draftAsset(path, url) : getAsset(path, field);
  };
}

/**
 * Returns `markdown` with the destination of each image (`![texte](/images/…)`) that is one of the draft's
 * files replaced by the address Decap holds for it, for the preview only; other text is left as is.
 */
export function withDraftImages(markdown: string, urls: ReadonlyMap<string, string>): string {
  if (urls.size === 0) return markdown;
  return markdown.replace(/(!\[[^\]\n]*\]\(\s*)(<[^>\n]*>|[^\s)]+)/g, (match, start: string, destination: string) => {
    const bracketed = destination.startsWith('<');
    const url = urls.get(bracketed ? destination.slice(1, -1) : destination);
    return url ? `${start}${bracketed ? `<${url}>` : url}` : match;
  });
}
