// Turns a changed path into what a reviewer needs: content type, title and page.
import { parse } from 'yaml';
import { contentCollections } from '../../src/schema/collections';
import type { ReviewedChange } from '../../src/lib/review/report';
import type { ReadEntry } from '../../src/lib/validation/entry';
import { entryPath, taxonomyPaths, type Kind } from '../../src/lib/slugs';

const kindOf: Record<string, Kind | 'page'> = { fiches: 'fiche', outils: 'outil', modeles: 'modele', organismes: 'organisme', pages: 'page' };

/** Returns the title written in an old version of a file (for a removed entry), if it can be read. */
function titleOf(bytes: Buffer | undefined): string | undefined {
  if (!bytes) return undefined;
  const text = bytes.toString('utf8');
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? text;
  try {
    const data = parse(yaml) as { title?: unknown; name?: unknown } | null;
    return typeof data?.title === 'string' ? data.title : typeof data?.name === 'string' ? data.name : undefined;
  } catch {
    return undefined;
  }
}

/** Returns a changed file described for the review report. */
export function describeChange(change: { status: ReviewedChange['status']; file: string }, entries: readonly ReadEntry[], before: (file: string) => Buffer | undefined): ReviewedChange {
  const [top, folder, name] = change.file.split('/');
  if (top === 'public' && (folder === 'fichiers' || folder === 'images')) {
    const path = change.file.slice('public'.length);
    return { ...change, kind: folder === 'fichiers' ? 'Fichier joint' : 'Image', title: change.file.split('/').pop(), path: change.status === 'removed' ? undefined : path };
  }
  if (top !== 'content' || !folder || !name) return change;
  if (folder === 'taxonomies') {
    const taxonomy = name.replace(/\.ya?ml$/, '');
    const path = taxonomy in taxonomyPaths ? `/${taxonomyPaths[taxonomy as keyof typeof taxonomyPaths]}/` : undefined;
    return { ...change, kind: 'Taxonomie', title: taxonomy, path };
  }
  const spec = contentCollections.find((candidate) => candidate.folder === folder);
  if (!spec) return change;
  const id = name.replace(/\.[^.]+$/, '');
  const entry = entries.find((candidate) => candidate.file === change.file);
  const title = entry ? ((entry.data.title ?? entry.data.name) as string | undefined) : titleOf(before(change.file));
  const kind = kindOf[spec.folder]!;
  return { ...change, kind: spec.labelSingular, title, path: kind === 'page' ? `/${id}/` : entryPath(kind, id) };
}
