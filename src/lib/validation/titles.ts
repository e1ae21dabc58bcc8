import { similarTitleGroups } from '../duplicates';
import { fieldSubject, type ContentProblem } from './problem';
import type { ReadEntry } from './entry';

/** The field that names an entry: `title`, or `name` for an organization. */
function titleField(data: Readonly<Record<string, unknown>>): 'title' | 'name' | undefined {
  if (typeof data.title === 'string') return 'title';
  return typeof data.name === 'string' ? 'name' : undefined;
}

/**
 * Returns a warning on each entry whose title is the same as another's of its collection, or differs from
 * it only by case, accents or punctuation: a reader could not tell the two apart in a listing.
 */
export function similarTitleProblems(entries: readonly ReadEntry[]): ContentProblem[] {
  const named = entries.flatMap((entry) => {
    const field = titleField(entry.data);
    return field ? [{ entry, field, title: String(entry.data[field]), group: entry.spec.name }] : [];
  });
  const collections = [...new Set(named.map((item) => item.group))];
  return collections.flatMap((collection) =>
    similarTitleGroups(named.filter((item) => item.group === collection)).flatMap((group) =>
      group.map(({ entry, field, title }): ContentProblem => {
        const others = group.filter((other) => other.entry !== entry);
        const exact = others.every((other) => other.title === title);
        const listed = others.map((other) => `${other.entry.file} (« ${other.title} »)`).join(', ');
        return {
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf([field]),
          subject: fieldSubject(field === 'title' ? 'Titre' : 'Nom', field),
          problem: exact ? `même titre que ${listed}` : `titre presque identique à celui de ${listed} : seuls la casse, les accents ou la ponctuation diffèrent`,
          fix: 'donnez à chaque contenu un titre qui le distingue, ou fusionnez-les s’ils décrivent la même chose.',
        };
      }),
    ),
  );
}
