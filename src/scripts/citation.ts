// « Copier la citation »: shows the button only where the browser can copy, adds the reader's date to the
// citation (what they see is what they copy) and announces the result in a polite live region.
import { addConsultedDate } from '../lib/consulted';

const today = new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

/** Says `message` in the live region; emptied first, so the same message twice is read twice. */
function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 100);
}

/** Selects the citation, so a reader whose browser refused to copy can press Ctrl+C. */
function select(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

for (const box of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  const text = box.querySelector<HTMLElement>('[data-citation-text]');
  const button = box.querySelector<HTMLButtonElement>('[data-citation-copy]');
  const status = box.querySelector<HTMLElement>('[data-citation-status]');
  // The Clipboard API exists only on secure pages (https, localhost): elsewhere the text stays to select by hand.
  if (!text || !button || !status || !('clipboard' in navigator)) continue;
  text.textContent = addConsultedDate(text.textContent.trim(), text.dataset.citationUrl ?? '', today);
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(text.textContent).then(
      () => announce(status, button.dataset.copied ?? ''),
      () => {
        select(text);
        announce(status, button.dataset.failed ?? '');
      },
    );
  });
}
