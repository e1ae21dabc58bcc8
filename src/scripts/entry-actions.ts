// « Imprimer » and « Copier le lien » on an entry page. Without JavaScript the buttons stay hidden and
// the page shows its address as a plain link; with it, the buttons replace that link.
import { announce, canCopy, copyText, selectText } from './clipboard';

for (const box of document.querySelectorAll<HTMLElement>('[data-entry-actions]')) {
  const print = box.querySelector<HTMLButtonElement>('[data-print]');
  const copy = box.querySelector<HTMLButtonElement>('[data-copy-link]');
  const link = box.querySelector<HTMLElement>('[data-share-link]');
  const address = link?.querySelector('a');
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
  if (!copy || !link || !address || !status || !canCopy()) continue;
  copy.hidden = false;
  link.hidden = true;
  copy.addEventListener('click', () => {
    void copyText(address.href).then((copied) => {
      if (!copied) {
        link.hidden = false;
        selectText(address);
      }
      announce(status, (copied ? copy.dataset.copied : copy.dataset.failed) ?? '');
    });
  });
}
