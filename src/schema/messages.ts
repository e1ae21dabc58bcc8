import type { Field } from './fields';

/** What a schema message says, in two parts: what is wrong, and how to fix it when the message says so. */
export interface MessageParts {
  problem: string;
  fix?: string | undefined;
}

const parts = new Map<string, MessageParts>();

/** Returns how a message names a field: `« Titre » (title)`. */
export const quoteField = (field: Pick<Field, 'label' | 'name'>) => `« ${field.label} » (${field.name})`;

/**
 * Returns the French message of a field problem, `« Titre » (title) : problem ; fix.`, as the build prints it,
 * and remembers its parts so the validator can show problem and fix apart without reading the text back.
 */
export function fieldMessage(field: Pick<Field, 'label' | 'name'>, problem: string, fix?: string): string {
  const message = fix ? `${quoteField(field)} : ${problem} ; ${fix}` : `${quoteField(field)} : ${problem}.`;
  parts.set(message, { problem, fix });
  return message;
}

/** Returns the parts of a message `fieldMessage` wrote, or undefined for any other message. */
export function messageParts(message: string): MessageParts | undefined {
  return parts.get(message);
}
