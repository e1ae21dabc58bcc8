import { mailtoHref } from '../contact';
import type { ProposedFile } from './entry';

/** Lines around the entry in the e-mail: the committee pastes everything between them (or the whole message) in /admin/comite/importer/. */
export const proposalStart = '----- DÉBUT DE LA PROPOSITION -----';
export const proposalEnd = '----- FIN DE LA PROPOSITION -----';

/**
 * Longest `mailto:` address the page offers as a link. Web mail (Gmail, Outlook on the Web) receives it
 * in a URL that its own servers cap near 2,000 characters, and some phone mail apps cut the body past
 * that; 1,800 leaves room for their own prefix. A longer proposal is copied and sent by hand.
 */
export const mailtoLimit = 1800;

/** Returns the e-mail's subject: the kind and the title. */
export function proposalSubject(kindLabel: string, title: string): string {
  return `Proposition — ${kindLabel} : ${title.trim() || 'sans titre'}`;
}

/** Returns the e-mail's text: a line for the committee, then the file between the markers. */
export function proposalMessage(file: ProposedFile): string {
  return [
    'Bonjour,',
    '',
    'Voici une proposition pour le Carrefour des pratiques. Pour l’importer, collez ce courriel dans l’espace du comité, page « Importer une proposition ».',
    '',
    proposalStart,
    `Fichier : ${file.path}`,
    file.text.trimEnd(),
    proposalEnd,
    '',
  ].join('\n');
}

/** Returns the `mailto:` link for the message, or undefined when it would pass `mailtoLimit`. */
export function proposalMailto(address: string, subject: string, message: string): string | undefined {
  const href = mailtoHref(address, subject, message);
  return href.length <= mailtoLimit ? href : undefined;
}

/** A proposal read back from a pasted e-mail. */
export type ReadProposal = { ok: true; file: ProposedFile; collection: string } | { ok: false; problem: string };

/**
 * Reads the proposal in a pasted e-mail: the text between the markers, its « Fichier : » line first.
 * Mail apps may quote the lines (« > ») or add spaces at the ends of lines: both are taken away.
 */
export function readProposal(pasted: string): ReadProposal {
  const lines = pasted
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^(?:> ?)+/, '').replace(/[ \t]+$/, ''));
  const start = lines.indexOf(proposalStart);
  const end = lines.indexOf(proposalEnd, start + 1);
  if (start < 0 || end < 0)
    return { ok: false, problem: `la proposition n’est pas complète : collez tout le courriel, de la ligne « ${proposalStart} » à la ligne « ${proposalEnd} ».` };
  const [first = '', ...rest] = lines.slice(start + 1, end);
  const path = /^Fichier : (content\/([a-z]+)\/[a-z0-9-]+\.mdx)$/.exec(first);
  if (!path) return { ok: false, problem: 'la ligne « Fichier : content/… » manque au début de la proposition : collez le courriel sans le modifier.' };
  return { ok: true, collection: path[2]!, file: { path: path[1]!, text: `${rest.join('\n')}\n` } };
}
