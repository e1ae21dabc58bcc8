import type { TaxonomyName } from '../../schema/fields';
import { taxonomyFields } from '../../schema/taxonomies';
import { decodeContentFile, ContentFileError } from '../content-file';
import { parseFields } from '../front-matter';
import { repeatedIds } from '../duplicates';
import { problemOfError } from './entry';
import type { ContentProblem } from './problem';
import { checkSchema } from './schema';
import { yamlLineFinder } from './yaml-lines';
import { isRecord } from '../records';

/** Returns whether `name` is one of the four taxonomies. */
export function isTaxonomyName(name: string): name is TaxonomyName {
  return Object.hasOwn(taxonomyFields, name);
}

/** Returns the problems of a taxonomy file (`<name>: [ {id, …}, … ]`) and the ids it defines. */
export function checkTaxonomyFile(file: string, bytes: Uint8Array, name: TaxonomyName): { problems: ContentProblem[]; ids: string[] } {
  try {
    const text = decodeContentFile(bytes, file);
    const data = parseFields(text, file, 1);
    const lineOf = yamlLineFinder(text, 1);
    const items = data[name];
    if (!Array.isArray(items)) {
      throw new ContentFileError(
        file,
        'fichier',
        `la liste « ${name}: » est introuvable`,
        `commencez le fichier par la ligne « ${name}: », suivie d’un élément « - id: … » par valeur.`,
      );
    }
    const problems = items.flatMap((item, index) => {
      const at: LineFinderAt = (path) => lineOf([name, index, ...path]);
      return checkSchema(taxonomyFields[name], isRecord(item) ? item : {}, file, at, `La valeur n° ${index + 1}`).problems;
    });
    for (const { id, index } of repeatedIds(items.map((item: unknown) => (isRecord(item) ? item : {})))) {
      problems.push({
        severity: 'error',
        file,
        line: lineOf([name, index, 'id']),
        subject: 'champ « Identifiant » (id)',
        problem: `identifiant « ${id} » en double`,
        fix: 'chaque valeur a son propre identifiant : renommez ou retirez ce doublon.',
      });
    }
    return { problems, ids: items.flatMap((item: unknown) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : [])) };
  } catch (error) {
    return { problems: [problemOfError(error)], ids: [] };
  }
}

type LineFinderAt = (path: readonly PropertyKey[]) => number;
