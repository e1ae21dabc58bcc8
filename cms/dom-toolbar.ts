import { frenchWording } from './locale-fr';

const toolbar = (frenchWording.editor as { editorToolbar: Record<string, string> }).editorToolbar;

/** Labels of the entry editor's delete button (our French, cms/locale-fr.ts), whichever Decap shows. */
export const deleteLabels: ReadonlySet<string> = new Set(
  ['deleteUnpublishedChanges', 'deleteUnpublishedEntry', 'deletePublishedEntry', 'deleteEntry', 'deleting'].map((key) => toolbar[key]!),
);

/**
 * Marks the editor toolbar's delete button with `data-cms-delete`, found by its label since Decap gives it
 * no stable name, so that public/admin/admin.css sets it apart from « Publier » as a quiet secondary action.
 */
export function markDeleteButtons(node: Node): void {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return;
  const buttons = [element.closest('button'), ...element.querySelectorAll('button')];
  for (const button of buttons) {
    if (button && deleteLabels.has(button.textContent?.trim() ?? '')) button.dataset.cmsDelete = '';
  }
}
