import type { CMS } from 'decap-cms-core';
import { List, Map } from 'immutable';
import type { ComponentType } from 'react';
import { widgetNames } from './names';
import { registerControl } from './register';

/** True when a contributor has put something in the object (a non-empty text, a list item…). */
export function hasContent(value: unknown): boolean {
  if (Map.isMap(value) || List.isList(value)) return (value as Map<unknown, unknown>).some((child) => hasContent(child));
  return value !== null && value !== undefined && value !== '';
}

/** The part of Decap's object control this widget relies on: `validate` checks every nested field. */
interface ObjectControlInstance {
  props: { value?: unknown };
  validate: () => void;
}
type ObjectControlClass = new (...args: never[]) => ObjectControlInstance;

/**
 * Registers the « optional object » widget: Decap's own object control, except that its nested fields
 * are only checked once the contributor fills one of them. Decap's object widget checks them even when
 * the object is optional and left empty, which would make a sheet without a cover image unsavable,
 * while a cover image without its text alternative must still be refused.
 */
export function registerOptionalObject(cms: CMS): void {
  const object = cms.getWidget('object') as unknown as { control: ObjectControlClass; preview: ComponentType; schema?: object } | undefined;
  if (!object) throw new Error('Le widget « object » de Decap CMS est introuvable.');

  class OptionalObjectControl extends object.control {
    constructor(...args: never[]) {
      super(...args);
      // Decap defines `validate` per instance (a class field): wrap the one it just set.
      const validateNestedFields = this.validate;
      this.validate = () => {
        if (hasContent(this.props.value)) validateNestedFields();
      };
    }
  }

  registerControl(cms, widgetNames.optionalObject, OptionalObjectControl, object.preview, object.schema);
}
