/**
 * Checks that need the whole library: references to entries and taxonomy values that exist, and
 * uploaded files that exist. The build (`library.ts`) and the validator (`validation/library.ts`)
 * both call these, so they find the same problems and word them the same way.
 */
import { taxonomyOf, type Field } from '../schema/fields';
import { kinds, taxonomies, allKinds, taxonomyNames } from '../schema/registry';
import { isRecord } from './records';
import { closestValue } from './suggest';
import { fieldSubject, type ContentProblem } from './validation/problem';

/** Known ids of every collection (`fiches`) and taxonomy (`themes`) a field can point to. */
export type KnownIds = Readonly<Record<string, ReadonlySet<string>>>;
/** Returns the line of a field path in the file, when the caller knows it. */
type LineOf = (keys: readonly PropertyKey[]) => number | undefined;

/** What a reference must name, by collection or taxonomy: « un outil (content/outils/) ». */
const targetNames = new Map<string, string>([
  ...allKinds.map((kind): [string, string] => {
    const { spec, nouns } = kinds[kind];
    return [spec.name, `${nouns.target} (content/${spec.folder}/)`];
  }),
  ...taxonomyNames.map((name): [string, string] => [name, `${taxonomies[name].target} (content/taxonomies/${name}.yml)`]),
]);

function targetOf(field: Field): string | undefined {
  if (field.widget === 'relation') return field.collection;
  return taxonomyOf(field);
}

/** A value found in an entry's data: its field, its path for messages (`files[1].file`) and its path as keys. */
interface FieldValueAt {
  field: Field;
  path: string;
  keys: PropertyKey[];
  value: unknown;
}

/** Yields every present value of `data`, nested objects and lists walked into, per the field descriptors. */
function* fieldValues(fields: readonly Field[], data: unknown, prefix = '', keys: PropertyKey[] = []): Generator<FieldValueAt> {
  if (!isRecord(data)) return;
  for (const field of fields) {
    const value = data[field.name];
    const path = prefix + field.name;
    const at = [...keys, field.name];
    if (value === undefined || value === null) continue;
    if (field.widget === 'object') {
      yield* fieldValues(field.fields, value, `${path}.`, at);
    } else if (field.widget === 'list' && Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* fieldValues(field.fields, item, `${path}[${i}].`, [...at, i]);
    } else {
      yield { field, path, keys: at, value };
    }
  }
}

/** An uploaded file an entry points to, found by its widget (file or image), wherever the field sits. */
export interface Upload extends FieldValueAt {
  value: string;
  widget: 'file' | 'image';
}

/** Returns the uploaded files `data` points to: attachments, tool files, cover image… */
export function uploadsOf(fields: readonly Field[], data: unknown): Upload[] {
  return [...fieldValues(fields, data)].flatMap((found) =>
    (found.field.widget === 'file' || found.field.widget === 'image') && typeof found.value === 'string' ? [{ ...found, value: found.value, widget: found.field.widget }] : [],
  );
}

/** Returns a problem for every reference in `data` that names no known entry or taxonomy value. */
export function unknownReferences(fields: readonly Field[], file: string, data: unknown, known: KnownIds, lineOf?: LineOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { field, path, keys, value } of fieldValues(fields, data)) {
    const target = targetOf(field);
    if (!target) continue;
    const ids = known[target] ?? new Set<string>();
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one !== 'string' || ids.has(one)) continue;
      const suggestion = closestValue(one, ids);
      problems.push({
        severity: 'error',
        file,
        line: lineOf?.(keys),
        subject: fieldSubject(field.label, path),
        problem: `valeur inconnue « ${one} », qui devrait désigner ${targetNames.get(target) ?? target}`,
        fix: suggestion ? `vouliez-vous dire « ${suggestion} » ?` : 'vérifiez l’orthographe, ou créez d’abord cette entrée.',
      });
    }
  }
  return problems;
}

/** Returns a problem for every uploaded file `data` points to that is not under public/. */
export function missingFiles(fields: readonly Field[], file: string, data: unknown, fileSize: (path: string) => number | undefined, lineOf?: LineOf): ContentProblem[] {
  return uploadsOf(fields, data).flatMap(({ field, path, keys, value }) =>
    fileSize(value) === undefined
      ? [
          {
            severity: 'error' as const,
            file,
            line: lineOf?.(keys),
            subject: fieldSubject(field.label, path),
            problem: `fichier « ${value} » introuvable dans public/`,
            fix: 'téléversez le fichier, ou corrigez le chemin (il commence par /fichiers/ ou /images/).',
          },
        ]
      : [],
  );
}
