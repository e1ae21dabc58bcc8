// « Copier la citation »: shows the button only where the browser can copy, adds the reader's date to the
// citation (what they see is what they copy) and announces the result in a polite live region.
import { addConsultedDate } from '../lib/consulted';
import { announce, canCopy, copyText, selectText } from './clipboard';

const today = new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

for (const box of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  const text = box.querySelector<HTMLElement>('[data-citation-text]');
  const button = box.querySelector<HTMLButtonElement>('[data-citation-copy]');
  const status = box.querySelector<HTMLElement>('[data-citation-status]');
  // The Clipboard API exists only on secure pages (https, localhost): elsewhere the text stays to select by hand.
  if (!text || !button || !status || !canCopy()) continue;
  text.textContent = addConsultedDate(text.textContent.trim(), text.dataset.citationUrl ?? '', today);
  button.hidden = false;
  button.addEventListener('click', () => {
    void copyText(text.textContent).then((copied) => {
      if (!copied) selectText(text);
      announce(status, (copied ? button.dataset.copied : button.dataset.failed) ?? '');
    });
  });
}
