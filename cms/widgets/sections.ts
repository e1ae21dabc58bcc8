import type { CMS } from 'decap-cms-core';
import type { Map } from 'immutable';
import { Component, createElement as h, type ChangeEvent, type ComponentType, type ReactNode } from 'react';
import { BodySafetyCheck, type ValidityAnswer } from '../safety-widget';
import { addSection, headingTitle, introLabel, joinBody, lineEndingOf, messageInSection, missingSections, partsWithTexts, shownText, splitBody, type BodyPart } from '../sections';
import { editNotice } from '../../src/lib/edit-notice';
import { lostSections } from '../../src/lib/review/lost-sections';
import { widgetNames } from './names';
import { fieldLabel, registerControl, type ControlProps } from './register';

/** The props Decap passes to this control; the field's `default` is the template, one `## ` heading per section. */
interface SectionsProps extends ControlProps {
  getEntry?: () => Map<string, unknown> | undefined;
}

/** Organizations' names by id, to say whose entry is being edited. */
export type OrganizationNames = Readonly<Record<string, string>>;

interface SectionsState {
  /** The value Decap passed last. */
  value: unknown;
  /** The body as last read from Decap or written to it. */
  body: string;
  /** The body cut into parts, as read (typed texts apply on top, so untouched parts stay byte for byte). */
  parts: BodyPart[];
  /** What each text area shows. */
  texts: string[];
}

/** The allowed formatting, shown under each section's label as the contributor types it. */
const formattingHint = 'Une ligne vide entre deux paragraphes ; « - » pour une liste ; « [texte du lien](https://…) » pour un lien ; « | » entre les colonnes d’un tableau.';

const styles = `
.carrefour-sections { display: grid; gap: 20px; padding: 16px; }
.carrefour-sections label { display: block; font-weight: 600; font-size: 15px; color: #1f2328; }
.carrefour-sections .hint { margin: 2px 0 6px; font-size: 13px; line-height: 1.4; color: #484f58; }
.carrefour-sections textarea { display: block; box-sizing: border-box; width: 100%; min-height: 4.6em; padding: 8px 10px; border: 1px solid #6e7781; border-radius: 4px; background: #fff; color: #1f2328; font: inherit; font-size: 15px; line-height: 1.5; resize: vertical; overflow: hidden; overflow-wrap: anywhere; }
.carrefour-sections textarea:focus-visible, .carrefour-sections button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.carrefour-sections .add { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0; padding: 0; list-style: none; }
.carrefour-sections .carrefour-edit-notice { margin: 0; padding: 8px 12px; border-inline-start: 4px solid #9a6700; background: #fff8c5; color: #1f2328; font-size: 14px; line-height: 1.4; }
.carrefour-sections .carrefour-edit-notice p { margin: 0; }
.carrefour-sections button { min-height: 32px; padding: 4px 12px; border: 1px solid #24477f; border-radius: 4px; background: #fff; color: #24477f; font: inherit; font-size: 14px; cursor: pointer; white-space: normal; text-align: start; }
`;

/** Returns the state for a value read from Decap. */
function stateOf(value: unknown): SectionsState {
  const body = typeof value === 'string' ? value : '';
  const parts = splitBody(body);
  return { value, body, parts, texts: parts.map(shownText) };
}

/** Makes a text area as tall as its text. */
function fitHeight(area: HTMLTextAreaElement): void {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}

/**
 * The body of a sheet, a tool or a model as one plain text area per `## ` section, labelled with its heading,
 * joined back into the Markdown body as the contributor types: the sections nobody touched stay byte for byte.
 * The text before the first heading and sections outside the template are editable too, and a template
 * section the body lacks can be added back. The build's safety rules check the joined body before a save.
 */
class SectionsControl extends Component<SectionsProps, SectionsState> {
  override state = stateOf(this.props.value);
  /** For an existing entry: its body and its organization's id as opened, to say what an edit removes and whose entry it is. */
  private readonly opened = this.props.getEntry?.()?.get('newRecord') === true ? undefined : { body: this.state.body, organization: this.organizationId() };
  private readonly safety = new BodySafetyCheck(() => this.forceUpdate());
  private readonly areas: (HTMLTextAreaElement | null)[] = [];
  /** The part whose text area takes the focus after the next render (a section just added). */
  private focusIndex: number | undefined;

  static getDerivedStateFromProps(props: SectionsProps, state: SectionsState): SectionsState | null {
    // A body set from outside (an entry loaded, a draft restored) replaces what the text areas show;
    // the one just typed comes back unchanged.
    if (props.value === state.value) return null;
    return props.value === state.body ? { ...state, value: props.value } : stateOf(props.value);
  }

  override componentDidMount() {
    this.safety.prefetch();
    this.fitAll();
  }

  override componentDidUpdate() {
    this.fitAll();
    if (this.focusIndex !== undefined) {
      this.areas[this.focusIndex]?.focus();
      this.focusIndex = undefined;
    }
  }

  private organizationId(): string | undefined {
    const data = this.props.getEntry?.()?.get('data') as Map<string, unknown> | undefined;
    const id = data?.get('organization');
    return typeof id === 'string' && id !== '' ? id : undefined;
  }

  /** Whose entry this is and what the edit removes, above the text areas of an existing entry. */
  private notice(body: string): ReactNode {
    if (!this.opened) return null;
    const { organization } = this.opened;
    const owner = organization === undefined ? undefined : (organizationNames[organization] ?? organization);
    const sentences = editNotice(owner, lostSections(this.opened.body, body));
    return h('div', { key: 'notice', className: 'carrefour-edit-notice', role: 'status' }, ...sentences.map((sentence) => h('p', { key: sentence }, sentence)));
  }

  /** Called by Decap's Widget before a save. */
  isValid = (): ValidityAnswer => this.safety.isValid(this.state.body, fieldLabel(this.props));

  private fitAll() {
    for (const area of this.areas) if (area) fitHeight(area);
  }

  private template(): string[] {
    const template = this.props.field.get('default');
    return splitBody(typeof template === 'string' ? template : '')
      .slice(1)
      .map((part) => headingTitle(part.heading));
  }

  private eol(): string {
    return lineEndingOf(this.state.body);
  }

  private write(parts: BodyPart[], texts: string[]) {
    const body = joinBody(partsWithTexts(parts, texts, this.eol()));
    this.setState({ body, parts, texts });
    this.props.onChange(body);
  }

  private type(index: number, text: string) {
    const texts = [...this.state.texts];
    texts[index] = text;
    this.write(this.state.parts, texts);
  }

  private add(title: string) {
    const { parts, texts } = this.state;
    const added = addSection(parts, title, this.template(), this.eol());
    this.focusIndex = added.index;
    this.write(added.parts, [...texts.slice(0, added.index), '', ...texts.slice(added.index)]);
  }

  private section(part: BodyPart, index: number): ReactNode {
    const { forID, setActiveStyle, setInactiveStyle } = this.props;
    const id = `${forID}-part-${index}`;
    const hintId = `${id}-hint`;
    const label = part.heading === '' ? introLabel : headingTitle(part.heading) || 'Intertitre sans titre';
    return h(
      'div',
      { key: index },
      h('label', { htmlFor: id }, label),
      h('p', { id: hintId, className: 'hint' }, formattingHint),
      h('textarea', {
        id,
        ref: (area: HTMLTextAreaElement | null) => {
          this.areas[index] = area;
        },
        value: this.state.texts[index] ?? '',
        rows: 3,
        spellCheck: true,
        lang: 'fr-CA',
        'aria-describedby': `${hintId} ${forID}-safety`,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
          fitHeight(event.target);
          this.type(index, event.target.value);
        },
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
    );
  }

  override render() {
    const { parts, texts, body } = this.state;
    const shown = parts.map((part, index) => ({ part, index })).filter(({ part, index }) => index > 0 || part.text !== '' || texts[0] !== '' || parts.length === 1);
    const missing = missingSections(parts, this.template());
    const edited = partsWithTexts(parts, texts, this.eol());
    return h(
      'div',
      { className: `${this.props.classNameWrapper} carrefour-sections`, role: 'group', 'aria-label': fieldLabel(this.props) },
      h('style', null, styles),
      this.notice(body),
      ...shown.map(({ part, index }) => this.section(part, index)),
      missing.length > 0 &&
        h(
          'div',
          { key: 'missing' },
          h('p', { className: 'hint', id: `${this.props.forID}-missing` }, 'Parties du modèle absentes de ce texte :'),
          h(
            'ul',
            { className: 'add', 'aria-labelledby': `${this.props.forID}-missing` },
            ...missing.map((title) => h('li', { key: title }, h('button', { type: 'button', onClick: () => this.add(title) }, `Ajouter « ${title} »`))),
          ),
        ),
      this.safety.problemList(body, this.props.forID, (problem) => messageInSection(edited, problem)),
    );
  }
}

/** Names of the organizations, set once when the editor is registered. */
let organizationNames: OrganizationNames = {};

/** Registers the body editor of the collections with sections (`widgetNames.sections`), previewed with `preview`. */
export function registerSectionsEditor(cms: CMS, preview: ComponentType, names: OrganizationNames): void {
  organizationNames = names;
  registerControl(cms, widgetNames.sections, SectionsControl, preview);
}
