import type { CMS } from 'decap-cms-core';
import { createElement as h, Fragment, type ComponentType, type ReactNode } from 'react';
import { plural } from '../src/lib/text';
import { safeBodyPreview } from './preview/safe-body-preview';
import { loadedSafetyRules, loadSafetyRules } from './safety-loader';
import type { FormBodyProblem } from './safety-rules';
import { fieldLabel, registerControl } from './widgets/register';

/** The part of Decap's Markdown control this widget relies on. */
interface MarkdownControlInstance {
  props: { value?: unknown; forID?: string };
  componentDidMount?(): void;
  render(): ReactNode;
  forceUpdate(): void;
}
type MarkdownControlClass = new (...args: never[]) => MarkdownControlInstance;

/** The error Decap shows under the field and that blocks the save; the list under the editor names each passage. */
const refusalSummary = 'le texte contient du code ou du HTML que le site refuse : corrigez les passages listés sous le champ, puis enregistrez de nouveau';

const panelStyle = {
  margin: '8px 0 0',
  padding: '8px 12px',
  border: '1px solid #b3261e',
  borderRadius: '4px',
  background: '#fdf0ee',
  color: '#7a1b12',
  fontSize: '14px',
  lineHeight: 1.45,
};

/** The list of problems under the editor, in the validator's words; nothing when the body passes. */
function problemList(problems: readonly FormBodyProblem[], id: string | undefined, word: (problem: FormBodyProblem) => string): ReactNode {
  if (problems.length === 0) return null;
  const these = problems.length > 1 ? 'ces passages' : 'ce passage';
  return h(
    'div',
    { role: 'alert', id: id && `${id}-safety`, style: panelStyle },
    h('p', { style: { margin: 0, fontWeight: 600 } }, `Le site refusera ${these} (${plural(problems.length, 'problème', 'problèmes')}) :`),
    h('ul', { style: { margin: '4px 0 0', paddingInlineStart: '20px' } }, ...problems.map((problem, index) => h('li', { key: index }, word(problem)))),
  );
}

/** What Decap's Widget accepts from a control's `isValid`: true, an error to show, or a promise while the rules load. */
export type ValidityAnswer = true | { error: { type: string; message: string } } | Promise<void>;

/**
 * The safety check of a body field, shared by the body widgets: `isValid` for Decap (a body with a problem
 * is not saved) and, once a save was tried, the list of every problem, which follows the text as it is corrected.
 */
export class BodySafetyCheck {
  /** Whether a save was tried: problems are listed from then on. */
  private wasChecked = false;

  /** `rerender` redraws the widget, when the list may have changed. */
  constructor(private readonly rerender: () => void) {}

  /** Fetches the rules while the contributor writes, so that « Enregistrer » finds them loaded. */
  prefetch(): void {
    loadSafetyRules().catch(() => undefined);
  }

  /** Checks `body` before a save; `label` names the field in the error. */
  isValid(body: string, label: string): ValidityAnswer {
    const check = loadedSafetyRules();
    if (!this.wasChecked) {
      this.wasChecked = true;
      this.rerender();
    }
    if (!check) {
      return loadSafetyRules().then((loaded) => {
        this.rerender();
        // Decap shows a rejection as « label - reason. »: the reason must be the French text, not an Error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        return loaded(body).length === 0 ? undefined : Promise.reject(refusalSummary);
      });
    }
    return check(body).length === 0 ? true : { error: { type: 'CUSTOM', message: `« ${label} » : ${refusalSummary}.` } };
  }

  /**
   * The list of problems of `body` to show under the editor (`${id}-safety`), each worded by `word`: nothing
   * before a save was tried, nor when the body passes.
   */
  problemList(body: string, id: string | undefined, word = (problem: FormBodyProblem) => problem.message): ReactNode {
    const check = loadedSafetyRules();
    return problemList(this.wasChecked && check ? check(body) : [], id, word);
  }
}

/**
 * Replaces Decap's Markdown widget (every body is one) with the same editor, checked by the build's safety
 * rules: Decap calls `isValid` before saving, and a body with a problem is not saved; every problem is then
 * listed under the editor, and the list follows the text as it is corrected. Its preview flags refused passages;
 * it is returned, for the other body widgets.
 */
export function registerSafeMarkdown(cms: CMS): ComponentType {
  const markdown = cms.getWidget('markdown') as unknown as { control: MarkdownControlClass; preview: ComponentType; schema?: object } | undefined;
  if (!markdown) throw new Error('Le widget « markdown » de Decap CMS est introuvable.');

  class SafeMarkdownControl extends markdown.control {
    private readonly safety = new BodySafetyCheck(() => this.forceUpdate());

    override componentDidMount() {
      super.componentDidMount?.();
      this.safety.prefetch();
    }

    /** Called by Decap's Widget before a save. */
    isValid = (): ValidityAnswer => this.safety.isValid(this.body(), fieldLabel(this.props));

    private body(): string {
      return typeof this.props.value === 'string' ? this.props.value : '';
    }

    override render() {
      return h(Fragment, null, super.render(), this.safety.problemList(this.body(), this.props.forID));
    }
  }

  const preview = safeBodyPreview(markdown.preview);
  registerControl(cms, 'markdown', SafeMarkdownControl, preview, markdown.schema);
  return preview;
}
