import type { CMS } from 'decap-cms-core';
import type { Map } from 'immutable';

/**
 * Registers a widget's control and preview under `name` (replacing Decap's own when the name is taken).
 * Decap's type for `registerWidget` only knows its built-in component shapes, hence the one cast here.
 */
export function registerControl(cms: CMS, name: string, control: unknown, preview: unknown, schema?: object): void {
  const register = cms.registerWidget as unknown as (name: string, control: unknown, preview: unknown, schema?: object) => void;
  register(name, control, preview, schema);
}

/** The props Decap passes to a widget control, as far as this project's controls use them. */
export interface ControlProps {
  forID: string;
  value?: unknown;
  /** The field's configuration, as Decap holds it. */
  field: Map<string, unknown>;
  classNameWrapper: string;
  onChange: (value: string) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

/** Returns the label of a Decap field, for messages. */
export function fieldLabel(props: object): string {
  const field = (props as { field?: { get(key: string): unknown } }).field;
  const label = field?.get('label') ?? field?.get('name');
  return typeof label === 'string' ? label : 'Contenu';
}
