import { contentCollections, taxonomyNames } from '../../schema/registry';
import type { TaxonomyName } from '../../schema/fields';
import { attachmentMaxBytes, formatFileSize } from '../files';
import { missingFiles, unknownReferences, uploadsOf, type KnownIds } from '../references';
import { slugify } from '../slugs';
import { checkEntryFile, type EntryCheckOptions, type ReadEntry } from './entry';
import { fieldSubject, sortProblems, type ContentProblem } from './problem';
import { checkTaxonomyFile, isTaxonomyName } from './taxonomy';
import { checkSynonymsFile } from './synonyms';
import { synonymsFile } from '../../schema/synonyms';
import { eventProblems } from '../event-checks';
import { organizationProblems } from '../organization-checks';
import { checkHistoryFile, historyFileName, type HistoryFileContext } from './history-file';
import { similarTitleProblems } from './titles';
import { itemKinds, kinds } from '../../schema/registry';
import { publicFileProblems, type DiskFile } from './uploads';

/** A file of the library, as bytes, with its path from the project root; a symbolic link is flagged, unread. */
export type SourceFile = DiskFile;

export interface LibraryValidation {
  problems: ContentProblem[];
  /** Entries whose fields could be read, by collection. */
  entries: ReadEntry[];
  /** Files found in the collections' folders with their extension, read or not: 0 means nothing was checked. */
  entryFiles: number;
}

/**
 * Returns every problem of a library: symbolic links and refused uploads under `public/`, each file on its own (schema, body safety, quality), then
 * what only the whole library shows: unknown references (with a « vouliez-vous dire » suggestion),
 * missing or oversized files, two files that would get the same address.
 * @param files every file under the content folder, with paths like `content/fiches/x.mdx`, and those of
 * the upload folders, like `public/fichiers/outils/x/guide.pdf` (see scripts/lib/library-files.ts)
 */
export function validateLibrary(files: readonly SourceFile[], options: EntryCheckOptions & { contentDir?: string; publicDir?: string }): LibraryValidation {
  const prefix = `${(options.contentDir ?? 'content').replace(/^(\.\/)+|\/+$/g, '')}/`;
  const publicDir = (options.publicDir ?? 'public').replace(/\/+$/, '');
  const problems: ContentProblem[] = publicFileProblems(files, publicDir);
  const entries: ReadEntry[] = [];
  const taxonomyIds: Partial<Record<TaxonomyName, string[]>> = {};
  const names = new Map<string, Set<string>>();
  let entryFiles = 0;
  let historyFile: { path: string; bytes: Uint8Array } | undefined;
  for (const { path, bytes, symlink } of files) {
    if (symlink || !path.startsWith(prefix)) continue;
    const [folder, name, ...rest] = path.slice(prefix.length).split('/');
    if (folder === historyFileName && name === undefined) historyFile = { path, bytes };
    if (!folder || !name || rest.length > 0) continue;
    if (folder === 'taxonomies') {
      const taxonomy = name.replace(/\.ya?ml$/, '');
      if (!isTaxonomyName(taxonomy)) continue;
      const checked = checkTaxonomyFile(path, bytes, taxonomy);
      problems.push(...checked.problems);
      taxonomyIds[taxonomy] = checked.ids;
      continue;
    }
    if (folder === synonymsFile.folder) {
      if (name === synonymsFile.name) problems.push(...checkSynonymsFile(path, bytes).problems);
      continue;
    }
    const spec = contentCollections.find((candidate) => candidate.folder === folder);
    if (!spec) continue;
    if (!name.endsWith(`.${spec.extension}`)) {
      problems.push({
        severity: 'error',
        file: path,
        subject: 'nom du fichier',
        problem: `extension inattendue : ce dossier ne lit que les fichiers .${spec.extension}, celui-ci serait ignoré`,
        fix: `renommez-le en .${spec.extension}, ou retirez-le.`,
      });
      continue;
    }
    entryFiles++;
    names.set(spec.folder, (names.get(spec.folder) ?? new Set()).add(name));
    const checked = checkEntryFile(path, bytes, spec, options);
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
  }
  problems.push(...renameClashes(problems, names));
  problems.push(...referenceProblems(entries, taxonomyIds));
  problems.push(...fileProblems(entries, options.fileSize));
  problems.push(...sharedFileProblems(entries));
  problems.push(...similarTitleProblems(entries));
  problems.push(...entries.filter((entry) => entry.spec.name === kinds.rencontre.spec.name).flatMap((entry) => eventProblems(entry.file, entry.data, entry.lineOf)));
  if (historyFile) problems.push(...checkHistoryFile(historyFile.path, historyFile.bytes, historyContext(names)).problems);
  problems.push(...entries.filter((entry) => entry.spec.name === kinds.organisme.spec.name).flatMap((entry) => organizationProblems(entry.file, entry.data, entry.lineOf)));
  return { problems: sortProblems(problems), entries, entryFiles };
}

/** Returns what the history file may name: the entry files of the item kinds' folders and the organizations. */
function historyContext(names: ReadonlyMap<string, ReadonlySet<string>>): HistoryFileContext {
  const folders = itemKinds.map((kind) => kinds[kind].spec.folder);
  return {
    entries: new Set(folders.flatMap((folder) => [...(names.get(folder) ?? [])].map((name) => `${folder}/${name}`))),
    organizations: new Set([...(names.get(kinds.organisme.spec.folder) ?? [])].map((name) => name.replace(/\.ya?ml$/, ''))),
  };
}

/** A rename suggestion that points to a name already taken would make two files share one address. */
function renameClashes(problems: readonly ContentProblem[], names: ReadonlyMap<string, ReadonlySet<string>>): ContentProblem[] {
  return problems.flatMap((problem) => {
    const target = problem.rename;
    const folder = problem.file.split('/').at(-2) ?? '';
    if (!target || !names.get(folder)?.has(target)) return [];
    return [
      {
        ...problem,
        problem: `deux fichiers auraient la même adresse : « ${problem.file.split('/').pop()} » et « ${target} »`,
        fix: `choisissez pour ce fichier un nom libre, par exemple « ${slugify(target.replace(/\.[^.]+$/, ''))}-2${target.slice(target.lastIndexOf('.'))} ».`,
      },
    ];
  });
}

function referenceProblems(entries: readonly ReadEntry[], taxonomyIds: Partial<Record<TaxonomyName, string[]>>): ContentProblem[] {
  const known: KnownIds = {
    ...Object.fromEntries(contentCollections.map((spec) => [spec.name, new Set(entries.filter((e) => e.spec.name === spec.name).map((e) => e.id))])),
    ...Object.fromEntries(taxonomyNames.map((name) => [name, new Set(taxonomyIds[name])])),
  };
  return entries.flatMap((entry) => unknownReferences(entry.spec.fields, entry.file, entry.data, known, entry.lineOf));
}

/** Files the entries point to under public/: missing ones, and attachments over the size limit. */
function fileProblems(entries: readonly ReadEntry[], fileSize: (path: string) => number | undefined): ContentProblem[] {
  return entries.flatMap(({ spec, data, file, lineOf }) => [
    ...missingFiles(spec.fields, file, data, fileSize, lineOf),
    ...uploadsOf(spec.fields, data).flatMap(({ field, path, keys, value, widget }): ContentProblem[] => {
      const bytes = fileSize(value);
      if (widget !== 'file' || bytes === undefined || bytes <= attachmentMaxBytes) return [];
      return [
        {
          severity: 'error',
          file,
          line: lineOf(keys),
          subject: fieldSubject(field.label, path),
          problem: `fichier trop volumineux (${formatFileSize(bytes)} ; la limite est de ${formatFileSize(attachmentMaxBytes)})`,
          fix: 'réduisez-le (PDF : « Réduire la taille du fichier ») ou découpez-le en plusieurs documents.',
        },
      ];
    }),
  ]);
}

/**
 * A file that two entries point to is replaced or deleted for both at once: each entry keeps its own
 * copy, in its own upload folder.
 */
function sharedFileProblems(entries: readonly ReadEntry[]): ContentProblem[] {
  const users = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const { value } of uploadsOf(entry.spec.fields, entry.data)) users.set(value, (users.get(value) ?? new Set()).add(entry.file));
  }
  return entries.flatMap((entry) =>
    uploadsOf(entry.spec.fields, entry.data).flatMap(({ field, path, keys, value }) => {
      const others = [...(users.get(value) ?? [])].filter((file) => file !== entry.file);
      if (others.length === 0) return [];
      return [
        {
          severity: 'warning' as const,
          file: entry.file,
          line: entry.lineOf(keys),
          subject: fieldSubject(field.label, path),
          problem: `le fichier « ${value} » sert aussi à ${others.join(', ')} : le remplacer ou le supprimer toucherait ces contenus aussi`,
          fix: 'téléversez une copie du fichier depuis le formulaire de ce contenu : elle sera rangée dans son propre dossier.',
        },
      ];
    }),
  );
}
