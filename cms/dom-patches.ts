import { translateHardCodedEnglish } from './dom-english';
import { markDeleteButtons } from './dom-toolbar';
import { placeWelcome } from './dom-welcome';

/**
 * Applies our small fixes to the DOM Decap draws in #nc-root, each time it draws: French for the few
 * texts it hard-codes in English, a mark on the editor's delete button, the welcome text on the sign-in
 * screen. Only the nodes that changed are looked at, so typing in a long form stays cheap.
 */
export function installDomPatches(doc: Document = document): void {
  const root = doc.getElementById('nc-root');
  if (!root) return;
  const welcome = doc.getElementById('cms-welcome');
  const patch = (node: Node) => {
    translateHardCodedEnglish(node);
    markDeleteButtons(node);
  };
  new MutationObserver((records) => {
    for (const record of records) patch(record.target);
    if (welcome) placeWelcome(root, welcome);
  }).observe(root, { childList: true, subtree: true, characterData: true });
  patch(root);
  if (welcome) placeWelcome(root, welcome);
}
