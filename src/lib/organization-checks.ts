/**
 * Rules that tie an organization's fields together: its name starts with the article its file names. The
 * build (`library.ts`) and the validator (`validation/library.ts`) both call them, with the same French message.
 */
import { kinds } from '../schema/registry';
import { articleMismatch, nameArticles, type NameArticle } from './french-names';
import { fieldSubject, type ContentProblem } from './validation/problem';

/** Returns the line of a field in the file, when the caller knows it. */
type LineOf = (keys: readonly PropertyKey[]) => number | undefined;

const articleField = kinds.organisme.spec.fields.find((field) => field.name === 'article')!;

const isArticle = (value: unknown): value is NameArticle => (nameArticles as readonly unknown[]).includes(value);

/** Returns the problems of an organization's fields taken together (each field alone is the schema's job). */
export function organizationProblems(file: string, data: Record<string, unknown>, lineOf: LineOf = () => undefined): ContentProblem[] {
  if (typeof data.name !== 'string' || !isArticle(data.article)) return [];
  const mismatch = articleMismatch({ name: data.name, article: data.article });
  if (!mismatch) return [];
  return [
    {
      severity: 'error',
      file,
      line: lineOf(['article']),
      subject: fieldSubject(articleField.label, 'article'),
      problem: mismatch,
      fix: `retirez l’« ${articleField.label} » si le nom n’en a pas, ou écrivez le nom avec son article (« ${data.article === 'l’' ? 'L’' : `${data.article.charAt(0).toUpperCase()}${data.article.slice(1)} `}${data.name} »).`,
    },
  ];
}
