import { formatProblem, type ContentProblem } from '../validation/problem';
import { plural } from '../text';
import { reviewChecklist } from './checklist';
import { entryDetailsSection } from './entry-details';
import type { FieldChange } from './field-changes';
import type { LostSection } from './lost-sections';
import { escapeMarkdown, inlineCode, pageLink } from './markdown';
import { isUpload, uploadSection } from './uploads';

/** What a proposal does to one file of the library. */
export type ChangeStatus = 'added' | 'modified' | 'removed';

/** A changed file, described for a reviewer. */
export interface ReviewedChange {
  status: ChangeStatus;
  file: string;
  /** Content type in French (« Fiche de pratique », « Taxonomie »…), or undefined for a file outside the library. */
  kind?: string | undefined;
  title?: string | undefined;
  /** Site path of the page that shows it (`/pratiques/x/`), when it has one after the change. */
  path?: string | undefined;
  /** For a sheet: its evidence level (label) and its organization (name), after the change. */
  evidence?: string | undefined;
  organization?: string | undefined;
  /** For a modified entry: the fields whose value changed, and how many body lines changed. */
  fields?: readonly FieldChange[] | undefined;
  bodyLines?: number | undefined;
  /** For a modified entry: the organization it belonged to before the change, and the sections whose text is gone. */
  owner?: string | undefined;
  lostSections?: readonly LostSection[] | undefined;
  /** For an uploaded file replaced or deleted: titles of the published entries that still point to it. */
  usedBy?: readonly string[] | undefined;
}

export interface ReviewInput {
  base: string;
  changes: readonly ReviewedChange[];
  /** Errors of the whole library after the change, and warnings of the changed files. */
  problems: readonly ContentProblem[];
  /** Address of the site (preview or public), to link each page; paths alone without it. */
  siteUrl?: string | undefined;
}

const statusLabels: Record<ChangeStatus, string> = { added: 'Ajout', modified: 'Modification', removed: 'Retrait' };
/** Files outside the library listed one by one; beyond, a count. */
const maxListed = 20;

/** Returns a problem on one line, its place as code and its text escaped (it may quote tags or contributors' text). */
function problemLine(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `- ${inlineCode(place)} ${escapeMarkdown(formatProblem(problem).slice(place.length + 1))}`;
}

/** Returns the French Markdown review report of a proposal (a pull request). */
export function reviewReport({ base, changes, problems, siteUrl }: ReviewInput): string {
  const uploads = changes.filter((change) => isUpload(change.file));
  const entries = changes.filter((change) => change.kind && !isUpload(change.file));
  const others = changes.filter((change) => !change.kind && !isUpload(change.file));
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = ['## Revue de la proposition', '', `Comparée à ${inlineCode(base)}.`, '', `### Contenus touchés (${entries.length})`, ''];
  if (entries.length === 0) lines.push('Aucun contenu de la bibliothèque n’est touché.');
  else {
    lines.push('| Changement | Type | Titre | Page |', '| --- | --- | --- | --- |');
    for (const change of entries) {
      const page = change.status === 'removed' ? 'retirée du site' : change.path ? pageLink(change.path, siteUrl) : '—';
      lines.push(`| ${statusLabels[change.status]} | ${change.kind} | ${escapeMarkdown(change.title ?? change.file)} | ${page} |`);
    }
  }
  lines.push(...entryDetailsSection(entries.flatMap((change) => (change.status === 'removed' ? [] : [{ ...change, status: change.status }]))));
  lines.push(...uploadSection(uploads.map((change) => ({ status: change.status, file: change.file, usedBy: change.usedBy ?? [] }))));
  if (others.length > 0) {
    lines.push('', `**${plural(others.length, 'autre fichier touché', 'autres fichiers touchés')}** (code, configuration) : demandez aussi une relecture technique.`);
    lines.push('', ...others.slice(0, maxListed).map((change) => `- ${statusLabels[change.status]} : ${inlineCode(change.file)}`));
    if (others.length > maxListed) lines.push(`- … et ${others.length - maxListed} de plus`);
  }
  lines.push('', '### Vérifications automatiques', '');
  lines.push(errors.length === 0 ? '✅ Aucune erreur : la bibliothèque peut être construite.' : `❌ ${plural(errors.length, 'erreur', 'erreurs')} à corriger avant de publier :`);
  if (errors.length > 0) lines.push('', ...errors.map(problemLine));
  if (warnings.length > 0)
    lines.push('', `⚠️ ${plural(warnings.length, 'avertissement', 'avertissements')} à regarder, sans effet sur la publication :`, '', ...warnings.map(problemLine));
  lines.push('', '### À vérifier en lisant', '', ...reviewChecklist.map((item) => `- [ ] ${item}`), '');
  return lines.join('\n');
}
