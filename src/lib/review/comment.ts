/**
 * What the comment workflow (pr-comment.yml) decides: which proposal a finished run checked, and what of its
 * report may be posted. The run's files come from the proposal's own code (a fork writes its pr.yml and its
 * review script), so the proposal is found from the workflow_run event and GitHub's API only, and the report
 * is untrusted text. Runs with Node alone, before any package is installed: imports carry their extension.
 */
import { breakReferences } from './github-text.ts';

/** The run that wrote the report, as the workflow_run event gives it. */
export interface CheckedRun {
  /** `owner/name` of the repository the proposal comes from (a fork, or this repository). */
  headRepository: string;
  headBranch: string;
  headSha: string;
}

/** Longest comment posted, in characters: GitHub refuses a comment over 65,536. */
export const maxCommentLength = 60_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns what is wrong with the event's description of the run, or undefined when it can be used. */
export function runProblem(run: Partial<CheckedRun>): string | undefined {
  if (!run.headRepository || !/^[\w.-]+\/[\w.-]+$/.test(run.headRepository)) return `dépôt de la proposition absent ou invalide (HEAD_REPOSITORY « ${run.headRepository ?? ''} »)`;
  if (!run.headBranch) return 'branche de la proposition absente (HEAD_BRANCH)';
  if (!run.headSha || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(run.headSha)) return `commit de la proposition absent ou invalide (HEAD_SHA « ${run.headSha ?? ''} »)`;
  return undefined;
}

/** Returns the number of a listed pull request when it is open and its head is exactly the run's (repository, branch, commit). */
function matchingNumber(pull: unknown, run: CheckedRun): number | undefined {
  if (!isRecord(pull) || !isRecord(pull.head)) return undefined;
  const { number, state, head } = pull;
  const repository = isRecord(head.repo) ? head.repo : {};
  const same =
    state === 'open' &&
    head.sha === run.headSha &&
    head.ref === run.headBranch &&
    typeof repository.full_name === 'string' &&
    repository.full_name.toLowerCase() === run.headRepository.toLowerCase();
  return same && typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/**
 * Returns the number of the one open pull request, among those the API listed, whose head is the run's
 * repository, branch and commit. Throws, with a French message, when none or several match: a proposal that
 * received a new commit since the run, or was closed, gets no comment (its newer run will comment).
 */
export function findProposal(pulls: unknown, run: CheckedRun): number {
  const where = `dépôt ${run.headRepository}, branche ${run.headBranch}, commit ${run.headSha.slice(0, 12)}`;
  if (!Array.isArray(pulls)) throw new Error('La réponse de GitHub n’est pas une liste de propositions.');
  const numbers = [...new Set(pulls.flatMap((pull) => matchingNumber(pull, run) ?? []))];
  if (numbers.length === 0)
    throw new Error(`Aucune proposition ouverte ne correspond à l’exécution (${where}) : elle a reçu un autre commit depuis ou a été fermée. Aucun commentaire publié.`);
  if (numbers.length > 1)
    throw new Error(`Plusieurs propositions ouvertes (${numbers.map((n) => `n° ${n}`).join(', ')}) correspondent à l’exécution (${where}) : aucun commentaire publié.`);
  return numbers[0]!;
}

/** Named character references that stand for a character of a mention or a reference. */
const namedCharacters: Readonly<Record<string, string>> = { commat: '@', num: '#' };

/**
 * Returns `text` with each character reference that stands for a letter, a digit, `@`, `#` or `-` written as
 * that character: GitHub decodes them before it looks for mentions, so breakReferences must see them.
 */
function decodePatternCharacters(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (reference, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
    const char = name ? namedCharacters[name] : code !== undefined && code <= 0x7f ? String.fromCharCode(code) : undefined;
    return char && /^[A-Za-z0-9@#-]$/.test(char) ? char : reference;
  });
}

/**
 * Returns the comment to post from the report a run wrote: cut to `maxLength` characters (with a note), and
 * with no mention nor issue reference, even if the proposal changed the script that wrote it. Addresses are
 * left as they are, so the report's own links (to the preview) still work.
 */
export function commentBody(report: string, maxLength = maxCommentLength): string {
  const chars = [...breakReferences(decodePatternCharacters(report.replace(/\0/g, '')))];
  if (chars.length <= maxLength) return chars.join('');
  const note = `\n\n*(Rapport coupé : il dépassait ${maxLength.toLocaleString('fr-CA')} caractères.)*\n`;
  return breakReferences(chars.slice(0, maxLength - [...note].length).join('')) + note;
}

/**
 * Returns the line added after the report on GitHub Pages hosts, whose previews preview-deploy.yml puts online
 * on Cloudflare Pages: the preview's `address`, known before it is online.
 */
export function previewNote(address: string): string {
  return `\n\n**Aperçu** : ${address} — les pages des contenus que la proposition modifie, telles qu’elles seront publiées, en ligne quelques minutes après la vérification « Aperçu » (aucun aperçu si elle ne modifie aucun contenu).\n`;
}
