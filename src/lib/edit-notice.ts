import type { LostSection } from './review/lost-sections';

/**
 * Returns the sentences the form shows above the body of an existing entry: whose entry it is, and which
 * sections the edit empties or removes (none when nothing is lost). `owner` is the organization's name.
 */
export function editNotice(owner: string | undefined, lost: readonly LostSection[]): string[] {
  const sentences: string[] = [];
  if (owner) sentences.push(`Ce contenu est celui de l’organisme « ${owner} » : si vous n’en faites pas partie, le comité lui demandera son accord avant de publier.`);
  const titles = (change: LostSection['change']) => lost.filter((section) => section.change === change).map((section) => `« ${section.title} »`);
  const [emptied, removed] = [titles('emptied'), titles('removed')];
  if (emptied.length > 0) sentences.push(`${emptied.length > 1 ? 'Sections vidées' : 'Section vidée'} par vos changements : ${emptied.join(', ')}.`);
  if (removed.length > 0) sentences.push(`${removed.length > 1 ? 'Sections retirées' : 'Section retirée'} par vos changements : ${removed.join(', ')}.`);
  return sentences;
}
