// The « Ajouter à ma trousse » button of an entry page: a small loader. It reads whether the entry is in
// the kit (one localStorage read); the code that changes the kit (kit-store.ts) loads on the first click.
// It imports nothing from lib/kit.ts (which would load with it): the storage key comes in data-key.
import { announce } from './clipboard';

/** Returns the stored kit's text, or undefined when this browser keeps nothing (storage disabled or refused). */
function storedKit(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? '[]';
  } catch {
    return undefined;
  }
}

/** Returns whether the stored kit holds `ref` (the kit page and kit-store.ts read it fully). */
function isSaved(stored: string, ref: string): boolean {
  try {
    const kit: unknown = JSON.parse(stored);
    return Array.isArray(kit) && kit.some((entry: unknown) => (entry as { ref?: unknown } | null)?.ref === ref);
  } catch {
    return false;
  }
}

/** Shows the button's state: its label and aria-pressed. */
function show(button: HTMLButtonElement, saved: boolean): void {
  button.setAttribute('aria-pressed', String(saved));
  button.textContent = (saved ? button.dataset.remove : button.dataset.add) ?? '';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-kit-toggle]')) {
  const { ref = '', routes = '', key = '' } = button.dataset;
  const stored = storedKit(key);
  const status = button.parentElement?.querySelector<HTMLElement>('[data-kit-status]');
  const link = button.parentElement?.querySelector<HTMLElement>('[data-kit-link]');
  if (stored === undefined || !status) continue;
  show(button, isSaved(stored, ref));
  button.hidden = false;
  if (link) link.hidden = false;
  button.addEventListener('click', () => {
    const entry = { ref, title: button.dataset.title ?? ref, type: button.dataset.type ?? '', summary: button.dataset.summary ?? '' };
    void import('./kit-store').then(({ toggleEntry }) => {
      const result = toggleEntry(entry, routes.split(','));
      if (result === 'full') return announce(status, button.dataset.full ?? '');
      show(button, result.saved);
      announce(status, ((result.saved ? button.dataset.added : button.dataset.removed) ?? '').replace('{count}', String(result.count)));
    });
  });
}
