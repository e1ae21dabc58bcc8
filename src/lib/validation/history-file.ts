/**
 * The library's history file, `content/historique.yml`: the changes the network recorded itself (before
 * its library moved to Git, or for the sample library), by entry file. The build reads it in preference to
 * Git for the files it lists (src/lib/history.ts); this module checks it with French messages.
 *
 * fiches/mentorat-entre-pairs.mdx:
 *   - date: 2022-05-10
 *     change: creation          # creation, modification or revision
 *     organization: trajectoire-jeunesse-saguenay   # optional: the organization's file name, without .yml
 */
import { decodeContentFile } from '../content-file';
import { parseFields } from '../front-matter';
import type { ChangeKind, RecordedChange } from '../history';
import { isRecord } from '../records';
import { problemOfError } from './entry';
import type { ContentProblem } from './problem';
import { yamlLineFinder } from './yaml-lines';

/** Where the file lives, in the content folder. */
export const historyFileName = 'historique.yml';

const changeKinds: readonly ChangeKind[] = ['creation', 'modification', 'revision'];

/** What the file may be checked against: the entry files and organizations of the library. */
export interface HistoryFileContext {
  /** Entry files, relative to the content folder: `fiches/x.mdx`. */
  entries: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
}

/** Returns a YAML date (read as a Date or a text) as `AAAA-MM-JJ`, or undefined. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** Returns a YAML value as a problem quotes it: a text as written, anything else as JSON. */
const shown = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** Returns the problems of the history file and, per entry file, the changes it records. */
export function checkHistoryFile(file: string, bytes: Uint8Array, context: HistoryFileContext): { problems: ContentProblem[]; recorded: Map<string, RecordedChange[]> } {
  const recorded = new Map<string, RecordedChange[]>();
  try {
    const text = decodeContentFile(bytes, file);
    const data = parseFields(text, file, 1);
    const lineOf = yamlLineFinder(text, 1);
    const problems: ContentProblem[] = [];
    const problem = (keys: PropertyKey[], subject: string, what: string, fix: string, severity: ContentProblem['severity'] = 'error') =>
      problems.push({ severity, file, line: lineOf(keys), subject, problem: what, fix });
    for (const [entry, changes] of Object.entries(data)) {
      // A warning only: removing an entry (from the CMS, say) must not stop the next publication because its history stays.
      if (!context.entries.has(entry)) {
        problem(
          [entry],
          `contenu « ${entry} »`,
          'ce contenu n’existe pas (ou plus) dans la bibliothèque : son historique est ignoré',
          'corrigez le chemin s’il a été renommé, comme « fiches/mentorat-entre-pairs.mdx », sinon retirez ce bloc.',
          'warning',
        );
        continue;
      }
      if (!Array.isArray(changes) || changes.length === 0) {
        problem([entry], `contenu « ${entry} »`, 'aucune modification n’y est listée', 'ajoutez au moins une ligne « - date: … » avec « change: creation », ou retirez ce bloc.');
        continue;
      }
      const list: RecordedChange[] = [];
      changes.forEach((change, index) => {
        const at = `modification n° ${index + 1} de « ${entry} »`;
        const fields = isRecord(change) ? change : {};
        const date = dayOf(fields.date);
        const kind = changeKinds.find((candidate) => candidate === fields.change);
        const organization = fields.organization;
        if (!date) problem([entry, index, 'date'], at, 'la date manque ou n’est pas une date AAAA-MM-JJ', 'écrivez le jour de la modification, par exemple « date: 2024-03-12 ».');
        if (!kind)
          problem(
            [entry, index, 'change'],
            at,
            `le genre « ${shown(fields.change)} » est inconnu`,
            'écrivez « change: creation », « change: modification » ou « change: revision ».',
          );
        if (organization !== undefined && (typeof organization !== 'string' || !context.organizations.has(organization))) {
          problem(
            [entry, index, 'organization'],
            at,
            `l’organisme « ${shown(organization)} » n’existe pas`,
            'écrivez le nom du fichier de l’organisme dans organismes/, sans « .yml », ou retirez la ligne « organization ».',
          );
        }
        if (date && kind) list.push({ date, change: kind, ...(typeof organization === 'string' ? { organization } : {}) });
      });
      recorded.set(entry, list);
    }
    return { problems, recorded };
  } catch (error) {
    return { problems: [problemOfError(error)], recorded };
  }
}
