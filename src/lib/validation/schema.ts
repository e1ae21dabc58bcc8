import type { z } from 'astro/zod';
import type { Field } from '../../schema/fields';
import { messageParts } from '../../schema/messages';
import { formHint } from '../../schema/hints';
import { objectSchema } from '../../schema/to-zod';
import { isRecord } from '../records';
import { closestValue } from '../suggest';
import { fieldSubject, type ContentProblem } from './problem';
import type { LineFinder } from './yaml-lines';

/** Returns the field a Zod path points to (list indexes skipped), with its dotted path for messages. */
function fieldAt(fields: readonly Field[], path: readonly PropertyKey[]): { field: Field | undefined; path: string } {
  let list: readonly Field[] | undefined = fields;
  let field: Field | undefined;
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      continue;
    }
    field = list?.find((candidate) => candidate.name === key);
    text += text ? `.${String(key)}` : String(key);
    list = field && 'fields' in field ? field.fields : undefined;
  }
  return { field, path: text };
}

/** Returns the value at a path of parsed YAML, or undefined when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = Array.isArray(value) && typeof key === 'number' ? value[key] : isRecord(value) && typeof key === 'string' ? value[key] : undefined;
  return value;
}

/** Zod schemas built once per field list and context: building one costs more than checking a file. */
const schemas = new WeakMap<readonly Field[], Map<string | undefined, z.ZodType>>();

function schemaFor(fields: readonly Field[], context: string | undefined): z.ZodType {
  const byContext = schemas.get(fields) ?? new Map<string | undefined, z.ZodType>();
  schemas.set(fields, byContext);
  let schema = byContext.get(context);
  if (!schema) byContext.set(context, (schema = objectSchema(fields, context)));
  return schema;
}

/**
 * Checks a front matter against the schema (the same Zod schema the build uses) and returns its problems,
 * each at the line of its field, with the field's hint as the fix when the message has none; and the parsed value when valid.
 */
export function checkSchema(
  fields: readonly Field[],
  data: Record<string, unknown>,
  file: string,
  lineOf: LineFinder,
  context?: string,
): { problems: ContentProblem[]; value?: Readonly<Record<string, unknown>> } {
  const result = schemaFor(fields, context).safeParse(data);
  if (result.success) return { problems: [], value: isRecord(result.data) ? result.data : {} };
  const problems = result.error.issues.flatMap((issue: z.core.$ZodIssue): ContentProblem[] => {
    const line = lineOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const parent = fieldAt(fields, issue.path);
      const known = parent.field && 'fields' in parent.field ? parent.field.fields : fields;
      return issue.keys.map((key) => {
        const suggestion = closestValue(
          key,
          known.map((f) => f.name),
        );
        return {
          severity: 'error',
          file,
          line: lineOf([...issue.path, key]),
          subject: parent.path ? fieldSubject(parent.field?.label ?? parent.path, parent.path) : 'en-tête',
          problem: `champ inconnu « ${key} »`,
          fix: suggestion ? `vouliez-vous dire « ${suggestion} » ? Sinon, retirez cette ligne.` : `retirez cette ligne ; champs permis : ${known.map((f) => f.name).join(', ')}.`,
        };
      });
    }
    const { field, path } = fieldAt(fields, issue.path);
    const subject = field ? fieldSubject(field.label, path) : 'en-tête';
    const isMissing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(data, issue.path) === undefined;
    if (isMissing) {
      return [
        {
          severity: 'error',
          file,
          line,
          subject,
          problem: 'champ obligatoire absent',
          fix: `ajoutez la ligne « ${String(issue.path.at(-1))}: … » à l’en-tête.${field && formHint(field) ? ` ${formHint(field)}` : ''}`,
        },
      ];
    }
    const { problem, fix } = messageParts(issue.message) ?? { problem: issue.message.replace(/\.$/, '') };
    return [{ severity: 'error', file, line, subject, problem, fix: fix ?? (field && formHint(field)) ?? 'corrigez la valeur de ce champ.' }];
  });
  return { problems };
}
