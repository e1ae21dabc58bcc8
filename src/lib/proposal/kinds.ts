import { appels, fiches, recits, rencontres } from '../../schema/collections';
import type { CollectionSpec } from '../../schema/fields';

/** What a member without an account can propose from /proposer/, by the collection it goes to. */
export interface ProposalKind {
  /** Value of `?type=` on the page and of the form's kind selector. */
  id: 'question' | 'recit' | 'rencontre' | 'fiche';
  /** The button that leads here: « Poser une question ». */
  action: string;
  spec: CollectionSpec;
  /** Fields the form asks for, in order (other fields are set by the proposal or left to the committee). */
  asked: readonly string[];
}

export const proposalKinds: readonly ProposalKind[] = [
  { id: 'question', action: 'Poser une question au réseau', spec: appels, asked: ['title', 'organization', 'themes', 'audiences', 'region', 'deadline'] },
  {
    id: 'recit',
    action: 'Raconter une expérience (« Nous l’avons essayé »)',
    spec: recits,
    asked: ['title', 'sheet', 'tool', 'organization', 'region', 'period', 'audiences', 'group', 'adapted', 'outcome', 'recommend', 'contact'],
  },
  {
    id: 'rencontre',
    action: 'Proposer une rencontre',
    spec: rencontres,
    asked: ['title', 'summary', 'format', 'date', 'startTime', 'endTime', 'place', 'onlineLink', 'organization', 'themes', 'registration'],
  },
  { id: 'fiche', action: 'Proposer une fiche de pratique', spec: fiches, asked: ['title', 'summary', 'themes', 'audiences', 'regions', 'organization', 'evidence', 'cost'] },
];

/** Returns the kind whose id is `id`, or the first (a question) when unknown. */
export function proposalKind(id: string | null | undefined): ProposalKind {
  return proposalKinds.find((kind) => kind.id === id) ?? proposalKinds[0]!;
}
