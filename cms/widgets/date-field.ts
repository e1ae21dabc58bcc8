import type { CMS } from 'decap-cms-core';
import type { Map } from 'immutable';
import { Component, createElement, type ChangeEvent } from 'react';
import { checkTypedDate, dateOrderProblem, localToday, readTypedDate, type DateProblem } from '../../src/lib/dates';
import { widgetNames } from './names';
import { registerControl, type ControlProps } from './register';

/** The props Decap passes to a widget control that this one uses. */
interface DateControlProps extends ControlProps {
  getEntry?: () => Map<string, unknown> | undefined;
  collection?: Map<string, unknown>;
}

/** Returns the message Decap shows above the field: its label, what is wrong and how to fix it. */
function dateErrorMessage(label: string, { problem, fix }: DateProblem): string {
  return `« ${label} » : ${problem}. ${fix.charAt(0).toUpperCase()}${fix.slice(1)}`;
}

/** Returns the text the input shows for a stored value (a string, or a Date if some YAML reader made one). */
function shownText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : '';
}

/**
 * A date typed as text, `AAAA-MM-JJ` or `jj/mm/aaaa`, stored as `AAAA-MM-JJ`. Decap's own date widget
 * reads what is typed in the browser's language, and turned 15/03/2025 into 1905-12-02.
 */
class DateControl extends Component<DateControlProps, { text: string }> {
  override state = { text: shownText(this.props.value) };

  override componentDidMount() {
    // Like Decap's date widget: a new entry's `{{now}}` default becomes today's date.
    if (this.props.value === '{{now}}') this.store(localToday(new Date()));
  }

  override componentDidUpdate(previous: DateControlProps) {
    // A value set from outside the input (an entry loaded or restored) replaces the text shown.
    const { value } = this.props;
    const isOurs = value === this.state.text || value === readTypedDate(this.state.text).iso;
    if (value !== previous.value && !isOurs) this.setState({ text: shownText(value) });
  }

  private store(text: string) {
    this.setState({ text });
    const reading = readTypedDate(text);
    this.props.onChange(reading.iso ?? text);
  }

  /** Called by Decap before saving: returns the French error, or true. */
  isValid = () => {
    const text = shownText(this.props.value).trim();
    if (!text) return true;
    const label = String(this.props.field.get('label'));
    const reading = checkTypedDate(text, new Date());
    const problem = reading.problem ?? this.orderProblem(reading.iso);
    return problem ? { error: { type: 'CUSTOM', message: dateErrorMessage(label, problem) } } : true;
  };

  /** The problem when this date comes before the date it may not precede (the review before the publication). */
  private orderProblem(iso: string): DateProblem | undefined {
    const otherName = this.props.field.get('not_before') as string | undefined;
    if (!otherName) return undefined;
    const data = this.props.getEntry?.()?.get('data') as Map<string, unknown> | undefined;
    const other = readTypedDate(shownText(data?.get(otherName)));
    if (!other.iso) return undefined;
    const fields = this.props.collection?.get('fields') as { find: (test: (field: Map<string, unknown>) => boolean) => Map<string, unknown> | undefined } | undefined;
    const otherLabel = fields?.find((field) => field.get('name') === otherName)?.get('label');
    return dateOrderProblem({ label: String(this.props.field.get('label')), iso }, { label: typeof otherLabel === 'string' ? otherLabel : otherName, iso: other.iso });
  }

  override render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const hintId = `${forID}-format`;
    return createElement(
      'div',
      null,
      createElement('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        spellCheck: false,
        className: classNameWrapper,
        value: this.state.text,
        'aria-describedby': hintId,
        onChange: (event: ChangeEvent<HTMLInputElement>) => this.store(event.target.value),
        onFocus: setActiveStyle,
        onBlur: () => {
          setInactiveStyle();
          const iso = readTypedDate(this.state.text).iso;
          if (iso && iso !== this.state.text) this.setState({ text: iso });
        },
      }),
      createElement('p', { id: hintId, className: 'carrefour-date-hint' }, 'AAAA-MM-JJ, par exemple 2025-03-15 (jj/mm/aaaa accepté aussi)'),
    );
  }
}

function DatePreview({ value }: { value?: unknown }) {
  return createElement('span', null, shownText(value));
}

/** Registers the date widget (`widgetNames.date`). */
export function registerDateField(cms: CMS): void {
  registerControl(cms, widgetNames.date, DateControl, DatePreview);
}
