import type { CMS } from 'decap-cms-core';
import type { ComponentType } from 'react';
import { findForbiddenCharacter, forbiddenCharacterMessage } from '../../src/lib/safety/characters';
import { fieldLabel, registerControl } from './register';

/** What Decap's Widget accepts from a control's `isValid`: true, or the error it shows under the field and that blocks the save. */
export type TextValidity = true | { error: { type: 'CUSTOM'; message: string } };

/**
 * Returns whether a form text may be saved: an invisible character the build refuses (src/lib/safety/characters.ts)
 * gives the build's own problem and fix, with the field's label, « « Titre » : caractère invisible U+000B (…) à la
 * position 30. Correction : Effacez… ». Texts are trimmed first, as the build does; line feeds pass when `multiline`.
 */
export function checkFormText(value: unknown, label: string, multiline: boolean): TextValidity {
  const found = typeof value === 'string' ? findForbiddenCharacter(value.trim(), multiline) : undefined;
  if (!found) return true;
  const { problem, fix } = forbiddenCharacterMessage(found, 'field');
  return { error: { type: 'CUSTOM', message: `« ${label} » : ${problem}. Correction : ${fix.charAt(0).toUpperCase()}${fix.slice(1)}` } };
}

/** The part of Decap's text controls this module relies on. */
type TextControlClass = new (...args: never[]) => { props: { value?: unknown } };

/**
 * Replaces Decap's « string » (one line) and « text » (several lines) controls with the same controls checked
 * by the build's character rule: Decap calls `isValid` before saving, and a text holding a control character or
 * a direction override is not saved. Lines of a list (authors, references) are « string » controls too.
 */
export function registerPlainText(cms: CMS): void {
  for (const [name, multiline] of [
    ['string', false],
    ['text', true],
  ] as const) {
    const widget = cms.getWidget(name) as unknown as { control: TextControlClass; preview: ComponentType; schema?: object } | undefined;
    if (!widget) throw new Error(`Le widget « ${name} » de Decap CMS est introuvable.`);
    class PlainTextControl extends widget.control {
      /** Called by Decap's Widget before a save. */
      isValid = (): TextValidity => checkFormText(this.props.value, fieldLabel(this.props), multiline);
    }
    registerControl(cms, name, PlainTextControl, widget.preview, widget.schema);
  }
}
