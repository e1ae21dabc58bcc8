// Turns a changed path into what a reviewer needs: content type, title, page, changed fields, and who uses a file.
import { browsableTaxonomies, collectionKinds, contentCollections } from '../../src/schema/registry';
import { splitContentFile } from '../../src/lib/front-matter';
import type { CollectionSpec } from '../../src/schema/fields';
import { lostSections } from '../../src/lib/review/lost-sections';
import { changedLineCount, fieldChanges, type ValueNames } from '../../src/lib/review/field-changes';
import type { ReviewedChange } from '../../src/lib/review/report';
import { isUpload, refersTo, uploadSitePath } from '../../src/lib/review/uploads';
import type { SourceFile } from '../../src/lib/validation/library';
import type { ReadEntry } from '../../src/lib/validation/entry';
import { isTaxonomyName } from '../../src/lib/validation/taxonomy';
import { entryPath, taxonomyPath } from '../../src/lib/slugs';
import { isRecord } from '../../src/lib/records';

/** What describing a change needs to know about the library, before and after the change. */
export interface ChangeContext {
  /** Entries of the library after the change. */
  entries: readonly ReadEntry[];
  names: ValueNames;
  /** A file's bytes at the base, and in the proposal; undefined when it does not exist there. */
  before: (file: string) => Buffer | undefined;
  after: (file: string) => Buffer | undefined;
  /** Content files that hold `text` at the base (a cheap first pass, refined with refersTo). */
  baseFilesContaining: (text: string) => string[];
}

/** Returns the fields and body of one version of a content file, read as the build reads it, or undefined when it cannot be read. */
function readVersion(bytes: Buffer | undefined, spec: Pick<CollectionSpec, 'extension'>, file: string): { data: Record<string, unknown>; body: string } | undefined {
  if (!bytes) return undefined;
  try {
    const { data, body } = splitContentFile(bytes.toString('utf8'), file, spec.extension);
    return { data, body: body ?? '' };
  } catch {
    return undefined;
  }
}

const titleOf = (data: Record<string, unknown> | undefined) => (typeof data?.title === 'string' ? data.title : typeof data?.name === 'string' ? data.name : undefined);

/** Returns the labels of taxonomy values and the titles of entries, by id, from the library's files and entries. */
export function valueNames(files: readonly SourceFile[], entries: readonly ReadEntry[]): ValueNames {
  const names: ValueNames = { taxonomies: {}, entries: {} };
  for (const file of files) {
    const taxonomy = /^content\/taxonomies\/([^/]+)\.ya?ml$/.exec(file.path)?.[1];
    if (!taxonomy || !isTaxonomyName(taxonomy)) continue;
    const items = readVersion(Buffer.from(file.bytes), { extension: 'yml' }, file.path)?.data[taxonomy];
    if (!Array.isArray(items)) continue;
    const labels = new Map<string, string>();
    for (const item of items.filter(isRecord)) {
      const label = typeof item.label === 'string' ? item.label : item.name;
      if (typeof item.id === 'string' && typeof label === 'string') labels.set(item.id, label);
    }
    names.taxonomies[taxonomy] = labels;
  }
  const titles = new Map<string, Map<string, string>>();
  for (const entry of entries) {
    const title = titleOf(entry.data);
    if (!title || entry.spec.name === 'pages') continue;
    if (!titles.has(entry.spec.name)) titles.set(entry.spec.name, new Map());
    titles.get(entry.spec.name)?.set(entry.id, title);
  }
  return { ...names, entries: Object.fromEntries(titles) };
}

/** Returns the titles of the entries that point to an uploaded file at the base and still do in the proposal. */
function usersOf(file: string, context: ChangeContext): string[] {
  const sitePath = uploadSitePath(file);
  const candidates = new Set([...new Set([sitePath, encodeURI(sitePath)])].flatMap((form) => context.baseFilesContaining(form)));
  return [...candidates].sort().flatMap((candidate) => {
    const [old, now] = [context.before(candidate)?.toString('utf8'), context.after(candidate)?.toString('utf8')];
    if (!old || !now || !refersTo(old, sitePath) || !refersTo(now, sitePath)) return [];
    const spec = contentCollections.find((collection) => candidate.startsWith(`content/${collection.folder}/`));
    return [(spec && titleOf(readVersion(Buffer.from(old), spec, candidate)?.data)) ?? candidate];
  });
}

/** Returns a changed file described for the review report. */
export function describeChange(change: { status: ReviewedChange['status']; file: string }, context: ChangeContext): ReviewedChange {
  const [top, folder, name] = change.file.split('/');
  if (isUpload(change.file)) {
    const usedBy = change.status === 'added' ? [] : usersOf(change.file, context);
    return { ...change, kind: folder === 'fichiers' ? 'Fichier joint' : 'Image', title: change.file.split('/').pop(), usedBy };
  }
  if (top !== 'content' || !folder || !name) return change;
  if (folder === 'taxonomies') {
    const taxonomy = name.replace(/\.ya?ml$/, '');
    const browsable = browsableTaxonomies.find((candidate) => candidate === taxonomy);
    const path = browsable ? taxonomyPath(browsable) : undefined;
    return { ...change, kind: 'Taxonomie', title: taxonomy, path };
  }
  const spec = contentCollections.find((candidate) => candidate.folder === folder);
  if (!spec) return change;
  const id = name.replace(/\.[^.]+$/, '');
  const entry = context.entries.find((candidate) => candidate.file === change.file);
  const old = change.status === 'added' ? undefined : readVersion(context.before(change.file), spec, change.file);
  const now = change.status === 'removed' ? undefined : readVersion(context.after(change.file), spec, change.file);
  const data = entry?.data ?? now?.data;
  const kind = collectionKinds[spec.name];
  const described: ReviewedChange = { ...change, kind: spec.labelSingular, title: titleOf(data) ?? titleOf(old?.data), path: kind ? entryPath(kind, id) : `/${id}/` };
  if (spec.name === 'fiches' && data && change.status !== 'removed') {
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const evidence = text(data.evidence);
    const organization = text(data.organization);
    described.evidence = evidence && (context.names.taxonomies.evidence?.get(evidence) ?? evidence);
    described.organization = organization && (context.names.entries.organismes?.get(organization) ?? organization);
  }
  if (change.status === 'modified' && old && now) {
    described.fields = fieldChanges(spec.fields, old.data, now.data, context.names);
    described.bodyLines = changedLineCount(old.body, now.body);
    described.lostSections = lostSections(old.body, now.body);
    const owner = old.data.organization;
    if (typeof owner === 'string' && owner !== '') described.owner = context.names.entries.organismes?.get(owner) ?? owner;
  }
  return described;
}
