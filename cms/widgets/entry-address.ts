import type { CMS } from 'decap-cms-core';
import type { Map } from 'immutable';
import { Component, createElement, type ComponentType } from 'react';
import { newEntryAddress, type ExistingEntry } from '../../src/lib/entry-address';
import { widgetNames } from './names';
import { checkFormText } from './plain-text';
import { fieldLabel, registerControl } from './register';

/** File names (slugs) and titles of the entries of each collection when /admin/ was built. */
export type ExistingEntries = Record<string, readonly ExistingEntry[]>;

/** The props Decap passes to a widget control that this one reads; the rest go to the string control as is. */
interface TitleControlProps {
  forID: string;
  field?: Map<string, unknown>;
  value?: unknown;
  collection: Map<string, unknown>;
  getEntry?: () => Map<string, unknown> | undefined;
}

/**
 * Registers the entry title widget (`widgetNames.entryTitle`): Decap's text line, and under it, for a
 * new entry, the page address Decap will give it, with a warning when an entry already has that title
 * or that address (Decap would then silently add `-1` to the name).
 */
export function registerEntryAddress(cms: CMS, existingEntries: ExistingEntries): void {
  const string = cms.getWidget('string') as unknown as { control: ComponentType<TitleControlProps>; preview: ComponentType } | undefined;
  if (!string) throw new Error('Le widget « string » de Decap CMS est introuvable.');
  const StringControl = string.control;

  // A class, so Decap can hold a reference to it (it asks each control for `isValid`).
  class TitleControl extends Component<TitleControlProps> {
    /** The rendered string control's own check is not reached (Decap asks this control): the title is checked here. */
    isValid = () => checkFormText(this.props.value, fieldLabel(this.props), false);

    override render() {
      const props = this.props;
      const isNew = props.getEntry?.()?.get('newRecord') === true;
      const collection = String(props.collection.get('name'));
      const title = typeof props.value === 'string' ? props.value : '';
      const address = isNew ? newEntryAddress(collection, title, existingEntries[collection] ?? []) : undefined;
      return createElement(
        'div',
        null,
        createElement(StringControl, props),
        isNew &&
          createElement(
            'div',
            { className: 'carrefour-entry-address', 'aria-live': 'polite' },
            address && createElement('p', null, 'Adresse de la page : ', createElement('code', null, address.path)),
            address?.warning && createElement('p', { className: 'carrefour-entry-warning' }, address.warning),
          ),
      );
    }
  }

  registerControl(cms, widgetNames.entryTitle, TitleControl, string.preview);
}
