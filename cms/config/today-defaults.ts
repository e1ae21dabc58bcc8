import type { CmsConfig, CmsField } from './types';

/** Returns the fields with each `{{now}}` default, at any depth, replaced by `today`. */
function fieldsWithToday(fields: readonly CmsField[], today: string): CmsField[] {
  return fields.map((field) => ({
    ...field,
    ...(field.default === '{{now}}' ? { default: today } : {}),
    ...(field.fields ? { fields: fieldsWithToday(field.fields, today) } : {}),
  }));
}

/**
 * Returns the configuration with today's date (`AAAA-MM-JJ`, where the browser is) as the default of the
 * date fields that start at today. Decap would otherwise create a new entry with `{{now}}` and let the date
 * widget replace it, which counts as an edit: an untouched new form then read « Modifications non enregistrées ».
 */
export function withTodayDefaults(config: CmsConfig, today: string): CmsConfig {
  return {
    ...config,
    collections: config.collections.map((collection) => (collection.fields ? { ...collection, fields: fieldsWithToday(collection.fields, today) } : collection)),
  };
}
