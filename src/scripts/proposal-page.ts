// The proposal form (/proposer/<kind>/): keeps what is typed in localStorage, checks it with the build's own checks
// (src/lib/proposal/check.ts) and prepares the e-mail to the committee, as a mailto: link or, past its limit, a text to copy.
import { localToday } from '../lib/dates';
import type { ProposalValues } from '../lib/proposal/entry';
import { proposalKind } from '../lib/proposal/kinds';
import type { ContentProblem } from '../lib/validation/problem';
import { announce, canCopy, copyText, selectText } from './clipboard';

/**
 * The build's checks (Zod, the MDX parser, YAML: some 180 kB compressed) load on the first keystroke, not with the
 * page: reading and keeping the text needs none of them.
 */
let tools: Promise<[typeof import('./proposal-checks'), typeof import('../lib/proposal/entry'), typeof import('../lib/proposal/message')]> | undefined;
const loadTools = () => (tools ??= Promise.all([import('./proposal-checks'), import('../lib/proposal/entry'), import('../lib/proposal/message')]));

/** Key of a kind's draft in localStorage. */
const storageKey = (kind: string) => `carrefour-proposition:${kind}`;

/** Returns what the form holds: texts and single choices by name, ticked boxes as lists, and the body's sections. */
function readForm(form: HTMLFormElement): ProposalValues {
  const fields: Record<string, string | string[]> = {};
  const sections: string[] = [];
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || !element.name) continue;
    const section = /^section:(\d+)$/.exec(element.name);
    if (section) sections[Number(section[1])] = element.value;
    else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      const list = (fields[element.name] ??= []) as string[];
      if (element.checked) list.push(element.value);
    } else fields[element.name] = element.value;
  }
  return { fields, sections: Array.from(sections, (text) => text ?? '') };
}

/** Puts saved values back in the form. */
function fillForm(form: HTMLFormElement, values: ProposalValues): void {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || !element.name) continue;
    const section = /^section:(\d+)$/.exec(element.name);
    const value = section ? values.sections[Number(section[1])] : values.fields[element.name];
    if (value === undefined) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = Array.isArray(value) && value.includes(element.value);
    else if (typeof value === 'string') element.value = value;
  }
}

function readDraft(kind: string): ProposalValues | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(kind)) ?? 'null');
    return saved && typeof saved === 'object' && 'fields' in saved && 'sections' in saved ? (saved as ProposalValues) : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the form field a problem is about: the path in its subject (`champ « Lieu » (place.city)`), or the body. */
function fieldOfProblem(problem: ContentProblem): string | undefined {
  if (problem.subject === 'corps du texte') return 'body';
  return /\(([\w.[\]]+)\)$/.exec(problem.subject)?.[1]?.replace(/\[\d+\]/g, '');
}

function showProblems(form: HTMLFormElement, problems: readonly ContentProblem[]): void {
  const box = form.querySelector<HTMLElement>('[data-proposal-problems]')!;
  const list = box.querySelector<HTMLUListElement>('[data-problem-list]')!;
  for (const message of Array.from(form.querySelectorAll<HTMLElement>('[data-field-message]'))) message.textContent = '';
  for (const control of Array.from(form.querySelectorAll('[aria-invalid]'))) control.removeAttribute('aria-invalid');
  list.replaceChildren();
  box.hidden = problems.length === 0;
  for (const problem of problems) {
    const name = fieldOfProblem(problem);
    const text = `${problem.subject} : ${problem.problem}. ${problem.fix.charAt(0).toUpperCase()}${problem.fix.slice(1)}`;
    const item = document.createElement('li');
    const target = name ? form.querySelector<HTMLElement>(`[data-field="${name}"]`) : null;
    const control = target?.querySelector<HTMLElement>('input, select, textarea');
    if (control?.id) {
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      link.textContent = text;
      item.append(link);
    } else item.textContent = text;
    list.append(item);
    const message = name ? form.querySelector<HTMLElement>(`[data-field-message="${name}"]`) : null;
    if (message) message.textContent = message.textContent ? `${message.textContent} ${text}` : text;
    control?.setAttribute('aria-invalid', 'true');
  }
  if (problems.length) box.focus();
}

function start(form: HTMLFormElement): void {
  const kind = proposalKind(form.dataset.proposal);
  const result = document.querySelector<HTMLElement>('[data-proposal-result]')!;
  const saved = form.querySelector<HTMLElement>('[data-proposal-saved]')!;
  const draft = readDraft(kind.id);
  if (draft) {
    fillForm(form, draft);
    saved.textContent = 'Votre texte d’avant est revenu : il était gardé dans ce navigateur.';
  }
  // A « Racontez-le » link from a sheet or a tool names it: `?sheet=slug` or `?tool=slug`.
  for (const [name, value] of new URLSearchParams(location.search)) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(name)}"]`);
    if (select && !select.value && Array.from(select.options).some((option) => option.value === value)) select.value = value;
  }
  form.hidden = false;

  form.addEventListener('input', () => {
    void loadTools();
    try {
      localStorage.setItem(storageKey(kind.id), JSON.stringify(readForm(form)));
    } catch {
      // Storage full or refused (private browsing): the form still works, the text is just not kept.
    }
  });
  form.querySelector('[data-proposal-clear]')!.addEventListener('click', () => {
    form.reset();
    localStorage.removeItem(storageKey(kind.id));
    showProblems(form, []);
    result.hidden = true;
    saved.textContent = 'Le formulaire est vide.';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void prepare();
  });
  /** Checks the proposal and, when it passes, shows how to send it. */
  async function prepare(): Promise<void> {
    const [{ proposalProblems }, { proposedFile }, { proposalMailto, proposalMessage, proposalSubject }] = await loadTools();
    const now = new Date();
    const values = readForm(form);
    const file = proposedFile(kind, values, localToday(now));
    const problems = proposalProblems(file, kind.spec, now).filter((problem) => problem.severity === 'error');
    showProblems(form, problems);
    result.hidden = problems.length > 0;
    if (problems.length) return;
    const title = typeof values.fields.title === 'string' ? values.fields.title : '';
    const message = proposalMessage(file);
    const href = proposalMailto(form.dataset.email!, proposalSubject(form.dataset.label!, title), message);
    const mail = result.querySelector<HTMLElement>('[data-send-mail]')!;
    const copy = result.querySelector<HTMLElement>('[data-send-copy]')!;
    mail.hidden = !href;
    copy.hidden = Boolean(href);
    if (href) mail.querySelector<HTMLAnchorElement>('[data-mailto]')!.href = href;
    result.querySelector('[data-proposal-text]')!.textContent = message;
    result.querySelector<HTMLElement>('#envoi-titre')!.focus();
  }
  result.querySelector('[data-proposal-copy]')!.addEventListener('click', () => {
    const status = result.querySelector<HTMLElement>('[data-proposal-status]')!;
    const text = result.querySelector<HTMLElement>('[data-proposal-text]')!;
    const fallback = () => {
      text.closest('details')!.open = true;
      selectText(text);
      announce(status, 'La copie a été refusée : le texte est sélectionné, copiez-le avec Ctrl+C (ou appui long sur un téléphone).');
    };
    if (!canCopy()) return fallback();
    void copyText(text.textContent ?? '').then((done) => (done ? announce(status, `Proposition copiée. Collez-la dans un courriel à ${form.dataset.email}.`) : fallback()));
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-proposal]');
if (form) start(form);
