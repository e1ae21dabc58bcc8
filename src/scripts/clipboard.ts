// Shared by the « Copier » buttons: copying text and saying the outcome to screen readers.

/** Whether this page can copy (the Clipboard API exists only on secure pages: https, localhost). */
export const canCopy = (): boolean => 'clipboard' in navigator;

/** Copies `text`; resolves to false when the browser refuses (permission, focus). */
export function copyText(text: string): Promise<boolean> {
  return navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}

/** Says `message` in a live region; emptied first, so the same message twice is read twice. */
export function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 100);
}

/** Selects an element's text, so a reader whose browser refused to copy can press Ctrl+C. */
export function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}
