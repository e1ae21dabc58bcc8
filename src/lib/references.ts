import type { CollectionSpec, EntryCollection, Field, TaxonomyName } from '../schema/fields';
import { closestValue } from './suggest';

/** Known ids of every collection and taxonomy a field can point to. */
export type KnownIds = Record<EntryCollection | TaxonomyName, ReadonlySet<string>>;

/** A reference to a value that does not exist. */
export interface ReferenceProblem {
  file: string;
  /** Field path, e.g. `themes` or `files[1].file`. */
  field: string;
  label: string;
  value: string;
  /** What kind of value was expected, e.g. « un thème ». */
  expected: string;
  suggestion?: string | undefined;
}

const targetNames: Record<EntryCollection | TaxonomyName, string> = {
  fiches: 'une fiche de pratique (content/fiches/)',
  outils: 'un outil (content/outils/)',
  modeles: 'un modèle (content/modeles/)',
  organismes: 'un organisme (content/organismes/)',
  themes: 'un thème (content/taxonomies/themes.yml)',
  audiences: 'un public (content/taxonomies/audiences.yml)',
  regions: 'une région (content/taxonomies/regions.yml)',
  evidence: 'un niveau de preuve (content/taxonomies/evidence.yml)',
};

function targetOf(field: Field): EntryCollection | TaxonomyName | undefined {
  if (field.widget === 'relation') return field.collection;
  if (field.widget === 'select' && !Array.isArray(field.options)) return field.options.taxonomy;
  return undefined;
}

function* walk(fields: Field[], data: Record<string, unknown>, prefix: string): Generator<[Field, string, unknown]> {
  for (const field of fields) {
    const value = data[field.name];
    const path = prefix + field.name;
    if (value === undefined || value === null) continue;
    if (field.widget === 'object' && typeof value === 'object') {
      yield* walk(field.fields, value as Record<string, unknown>, `${path}.`);
    } else if (field.widget === 'list' && Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* walk(field.fields, item as Record<string, unknown>, `${path}[${i}].`);
    } else {
      yield [field, path, value];
    }
  }
}

/** Returns every reference in `data` (per `spec`) that names no known entry or taxonomy value. */
export function findUnknownReferences(
  spec: Pick<CollectionSpec, 'fields'>,
  file: string,
  data: Record<string, unknown>,
  known: KnownIds,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const [field, path, value] of walk(spec.fields, data, '')) {
    const target = targetOf(field);
    if (!target) continue;
    const ids = known[target];
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one !== 'string' || ids.has(one)) continue;
      problems.push({
        file,
        field: path,
        label: field.label,
        value: one,
        expected: targetNames[target],
        suggestion: closestValue(one, ids),
      });
    }
  }
  return problems;
}

/** Returns a French message telling a contributor what to fix, one paragraph per problem. */
export function formatReferenceProblems(problems: readonly ReferenceProblem[]): string {
  const lines = problems.map((p) => {
    const hint = p.suggestion ? `Vouliez-vous dire « ${p.suggestion} » ?` : 'Vérifiez l’orthographe ou créez d’abord cette entrée.';
    return `${p.file} — champ « ${p.label} » (${p.field}) : valeur inconnue « ${p.value} », qui devrait désigner ${p.expected}. ${hint}`;
  });
  const count = problems.length;
  return `${count} référence${count > 1 ? 's' : ''} introuvable${count > 1 ? 's' : ''} dans la bibliothèque :\n${lines.join('\n')}`;
}
