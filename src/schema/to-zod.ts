import { z } from 'astro/zod';
import { dateOrderProblem, datePlausibilityProblem, parseIsoDate, readIsoDate, toIsoDate, type DateProblem } from '../lib/dates';
import { fixedOptions, type DataOf, type Field } from './fields';
import { entryFolderPattern, extensionPattern, formatPatterns, misleadingAddresses } from './formats';
import { fieldMessage, quoteField } from './messages';
import { findForbiddenCharacter, forbiddenCharacterMessage } from '../lib/safety/characters';

const SLUG = formatPatterns.slug;

/**
 * Returns a check refusing a text that holds a forbidden character (src/lib/safety/characters.ts), at its
 * position in the trimmed text (what the reader sees). Line feeds pass in a multi-line field only.
 */
function plainText(field: Field, multiline: boolean) {
  return (text: string, context: z.core.$RefinementCtx<string>) => {
    const found = findForbiddenCharacter(text.trim(), multiline);
    if (!found) return;
    const { problem, fix } = forbiddenCharacterMessage(found, 'field');
    context.addIssue({ code: 'custom', message: fieldMessage(field, problem, fix) });
  };
}

function stringSchema(field: Field & { min?: number; max?: number }, multiline: boolean) {
  let schema = z
    .string({ error: fieldMessage(field, 'doit être un texte') })
    .superRefine(plainText(field, multiline))
    .trim();
  const min = field.min ?? (field.required ? 1 : 0);
  if (min > 0) {
    schema = schema.min(min, {
      error: min === 1 ? fieldMessage(field, 'est vide', 'écrivez-le.') : fieldMessage(field, `au moins ${min} caractères`),
    });
  }
  if (field.max !== undefined) {
    const max = field.max;
    schema = schema.max(max, {
      error: (issue) => fieldMessage(field, `${max} caractères au plus (actuellement ${typeof issue.input === 'string' ? issue.input.length : '?'})`, 'raccourcissez le texte.'),
    });
  }
  return schema;
}

function fieldSchema(field: Field): z.ZodType {
  switch (field.widget) {
    case 'string': {
      const base = stringSchema(field, false);
      if (field.format === 'email') {
        return addressSchema(base, field, 'email', fieldMessage(field, `adresse courriel invalide`), {
          problem: 'l’adresse courriel est suivie d’autre chose (« ? », « & », « # » ou « % »)',
          fix: 'écrivez l’adresse seule, par exemple info@organisme.example : ce qui suit ajouterait des destinataires ou un message au courriel.',
        });
      }
      if (field.format === 'url') {
        return addressSchema(base, field, 'url', fieldMessage(field, `adresse Web invalide`, `elle commence par https://.`), {
          problem: 'l’adresse Web contient « …@ » avant le nom du site, et mène en réalité au site écrit après le @',
          fix: 'écrivez l’adresse du site seule, sans la partie qui finit par @, par exemple https://organisme.example/.',
        });
      }
      if (field.format === 'time')
        return base.regex(formatPatterns.time, { error: fieldMessage(field, `heure invalide`, `écrivez-la sur 24 heures, HH:MM, par exemple 09:00 ou 13:30.`) });
      if (field.format === 'slug') return base.regex(SLUG, { error: fieldMessage(field, `minuscules, chiffres et traits d’union seulement`) });
      return base;
    }
    case 'text':
      return stringSchema(field, true);
    case 'number': {
      let schema = z.number({ error: fieldMessage(field, 'doit être un nombre') });
      if (field.integer) schema = schema.int({ error: fieldMessage(field, 'doit être un nombre entier') });
      if (field.min !== undefined) schema = schema.min(field.min, { error: fieldMessage(field, `au moins ${field.min}`) });
      if (field.max !== undefined) schema = schema.max(field.max, { error: fieldMessage(field, `au plus ${field.max}`) });
      return schema;
    }
    case 'boolean':
      return z.boolean({ error: fieldMessage(field, `vrai (true) ou faux (false)`) });
    case 'date':
      return dateSchema(field);
    case 'select': {
      const options = fixedOptions(field);
      const one = options
        ? z.enum(
            options.map((option) => option.value),
            {
              error: fieldMessage(field, `valeur non permise`, `choisissez parmi ${options.map((o) => o.value).join(', ')}.`),
            },
          )
        : z.string({ error: fieldMessage(field, 'doit être un identifiant') }).regex(SLUG, {
            error: fieldMessage(field, `identifiant invalide (minuscules, chiffres et traits d’union)`),
          });
      return field.multiple ? listOf(field, one) : one;
    }
    case 'relation': {
      const one = z.string({ error: fieldMessage(field, 'doit être un identifiant') }).regex(SLUG, {
        error: fieldMessage(field, `identifiant invalide (minuscules, chiffres et traits d’union)`),
      });
      return field.multiple ? listOf(field, one) : one;
    }
    case 'file':
    case 'image':
      return z
        .string({ error: fieldMessage(field, 'doit être un chemin de fichier') })
        .regex(/^\/[^\s?#]+$/, {
          error: fieldMessage(field, `chemin invalide`, `il commence par ${field.folder}/ et ne contient pas d’espace.`),
        })
        .regex(entryFolderPattern(field.folder), {
          error: fieldMessage(
            field,
            `fichier hors d’un dossier propre à ce contenu`,
            `téléversez-le depuis le formulaire, qui le range dans ${field.folder}/<titre du contenu>/, ou déplacez-le dans un tel dossier.`,
          ),
        })
        .regex(extensionPattern(field.accept), {
          error: fieldMessage(field, `format non permis`, `choisissez un fichier ${field.accept.map((e) => e.toUpperCase()).join(', ')}.`),
        });
    case 'string-list':
      return listOf(
        field,
        z
          .string({ error: fieldMessage(field, `chaque ligne est un texte`) })
          .superRefine(plainText(field, false))
          .trim()
          .min(1),
      );
    case 'object':
      return untypedObjectSchema(field.fields, quoteField(field));
    case 'list':
      return listOf(field, untypedObjectSchema(field.fields, quoteField(field)));
  }
}

/** Returns `base` checked against an address format: a misleading address gets its own message, any other mismatch `invalid`. */
function addressSchema(base: z.ZodString, field: Field, format: 'email' | 'url', invalid: string, misleading: { problem: string; fix: string }) {
  return base.superRefine((text, context) => {
    if (misleadingAddresses[format].test(text)) context.addIssue({ code: 'custom', message: fieldMessage(field, misleading.problem, misleading.fix) });
    else if (!formatPatterns[format].test(text)) context.addIssue({ code: 'custom', message: invalid });
  });
}

const message = (field: Field, { problem, fix }: DateProblem) => fieldMessage(field, problem, fix);

/** A date written AAAA-MM-JJ (YAML may already have read it as a Date), real and plausible today (see `src/lib/dates.ts`). */
function dateSchema(field: Field) {
  return z
    .preprocess(
      (value) => (typeof value === 'string' ? (parseIsoDate(value) ?? value) : value),
      z.date({
        error: (issue) =>
          message(
            field,
            readIsoDate(typeof issue.input === 'string' ? issue.input : String(issue.input)).problem ?? { problem: 'date invalide', fix: 'écrivez-la sous la forme AAAA-MM-JJ.' },
          ),
      }),
    )
    .superRefine((date, context) => {
      const problem = date instanceof Date ? datePlausibilityProblem(toIsoDate(date), new Date()) : undefined;
      if (problem) context.addIssue({ code: 'custom', message: message(field, problem) });
    });
}

/** Adds, for each date field that names a `notBefore` field, an error at that field when it comes first. */
function checkDateOrder(fields: readonly Field[], data: Record<string, unknown>, context: z.core.$RefinementCtx) {
  for (const field of fields) {
    if (field.widget !== 'date' || !field.notBefore) continue;
    const earlier = fields.find((candidate) => candidate.name === field.notBefore);
    const [later, first] = [data[field.name], data[field.notBefore]];
    if (!earlier || !(later instanceof Date) || !(first instanceof Date)) continue;
    const problem = dateOrderProblem({ label: field.label, iso: toIsoDate(later) }, { label: earlier.label, iso: toIsoDate(first) });
    if (problem) context.addIssue({ code: 'custom', path: [field.name], message: message(field, problem) });
  }
}

/** Returns the groups of optional relations of which an entry fills exactly one (`exactlyOneOf`), by group name. */
function exactlyOneGroups(fields: readonly Field[]): Field[][] {
  const groups = new Map<string, Field[]>();
  for (const field of fields) {
    if (field.widget === 'relation' && field.exactlyOneOf) groups.set(field.exactlyOneOf, [...(groups.get(field.exactlyOneOf) ?? []), field]);
  }
  return [...groups.values()];
}

/** Adds an error when an entry fills none, or more than one, of a group of relations that name what it is about. */
function checkExactlyOne(groups: readonly Field[][], data: Record<string, unknown>, context: z.core.$RefinementCtx) {
  for (const group of groups) {
    const filled = group.filter((field) => data[field.name] !== undefined && data[field.name] !== '');
    const [first, second] = filled.length === 0 ? group : filled;
    if (!first) continue;
    const others = group.filter((field) => field !== first).map(quoteField);
    if (filled.length === 0) {
      context.addIssue({ code: 'custom', path: [first.name], message: fieldMessage(first, `vide, comme ${others.join(' et ')}`, 'remplissez l’un des deux, un seul.') });
    } else if (second) {
      context.addIssue({
        code: 'custom',
        path: [second.name],
        message: fieldMessage(second, `rempli en même temps que ${quoteField(first)}`, 'gardez-en un seul : videz l’autre.'),
      });
    }
  }
}

/** Adds, for each list that names a `requiredWhen` condition, an error at that list when the condition holds and the list is empty. */
function checkRequiredWhen(fields: readonly Field[], data: Record<string, unknown>, context: z.core.$RefinementCtx) {
  for (const field of fields) {
    if (field.widget !== 'list' || !field.requiredWhen) continue;
    const { field: name, value } = field.requiredWhen;
    const list = data[field.name];
    if (data[name] !== value || (Array.isArray(list) && list.length > 0)) continue;
    const other = fields.find((candidate) => candidate.name === name);
    const options = other && fixedOptions(other);
    const label = options?.find((option) => option.value === value)?.label ?? value;
    const otherName = other ? quoteField(other) : name;
    context.addIssue({
      code: 'custom',
      path: [field.name],
      message: fieldMessage(
        field,
        `vide alors que ${otherName} vaut « ${label} »`,
        `ajoutez au moins un élément « ${field.labelSingular} », ou choisissez une autre valeur pour ${otherName}.`,
      ),
    });
  }
}

function listOf(field: Field & { min?: number; max?: number }, item: z.ZodType) {
  let schema = z.array(item, { error: fieldMessage(field, 'doit être une liste') });
  if (field.min) schema = schema.min(field.min, { error: fieldMessage(field, `au moins ${field.min} élément(s)`) });
  if (field.max) schema = schema.max(field.max, { error: fieldMessage(field, `au plus ${field.max} éléments`) });
  return schema;
}

/**
 * Returns a strict Zod object for `fields`: unknown keys are errors, optional lists default to [].
 * Its output type is `DataOf<Fields>`, derived from the same descriptors, so entry types follow the schema.
 */
export function objectSchema<const Fields extends readonly Field[]>(fields: Fields, context = 'L’en-tête'): z.ZodType<DataOf<Fields>> {
  return untypedObjectSchema(fields, context) as z.ZodType<DataOf<Fields>>;
}

function untypedObjectSchema(fields: readonly Field[], context: string): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field);
    const isList = field.widget === 'list' || field.widget === 'string-list' || ('multiple' in field && field.multiple);
    if (field.required) shape[field.name] = schema;
    else if (isList) shape[field.name] = schema.optional().default([]);
    else if ('default' in field && field.default !== undefined) shape[field.name] = schema.optional().default(field.default);
    else shape[field.name] = schema.optional();
  }
  const known = fields.map((field) => field.name).join(', ');
  const ordered = fields.some((field) => field.widget === 'date' && field.notBefore);
  const groups = exactlyOneGroups(fields);
  const conditional = fields.some((field) => field.widget === 'list' && field.requiredWhen);
  const schema = z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${context} contient un champ inconnu (${issue.keys.join(', ')}) ; champs permis : ${known}.`
        : issue.code === 'invalid_type'
          ? `${context} doit être un ensemble de champs.`
          : undefined,
  });
  if (!ordered && groups.length === 0 && !conditional) return schema;
  return schema.superRefine((data, context) => {
    if (ordered) checkDateOrder(fields, data, context);
    checkExactlyOne(groups, data, context);
    checkRequiredWhen(fields, data, context);
  });
}
