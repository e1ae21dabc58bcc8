import { formatProblem, type ContentProblem } from '../validation/problem';
import { plural } from '../text';
import { reviewChecklist } from './checklist';

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
}

export interface ReviewInput {
  base: string;
  changes: readonly ReviewedChange[];
  /** Errors of the whole library after the change, and warnings of the changed files. */
  problems: readonly ContentProblem[];
  /** Address of the preview site, to link each page; paths alone without it. */
  siteUrl?: string | undefined;
}

const statusLabels: Record<ChangeStatus, string> = { added: 'Ajout', modified: 'Modification', removed: 'Retrait' };
/** Files outside the library listed one by one; beyond, a count. */
const maxListed = 20;
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Returns the French Markdown review report of a proposal (a pull request). */
export function reviewReport({ base, changes, problems, siteUrl }: ReviewInput): string {
  const entries = changes.filter((change) => change.kind);
  const others = changes.filter((change) => !change.kind);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const link = (path: string) => `[${path}](${siteUrl ? `${siteUrl.replace(/\/$/, '')}${path}` : path})`;
  const lines = ['## Revue de la proposition', '', `Comparée à \`${base}\`.`, '', `### Contenus touchés (${entries.length})`, ''];
  if (entries.length === 0) lines.push('Aucun contenu de la bibliothèque n’est touché.');
  else {
    lines.push('| Changement | Type | Titre | Page |', '| --- | --- | --- | --- |');
    for (const change of entries) {
      const page = change.status === 'removed' ? 'retirée du site' : change.path ? link(change.path) : '—';
      lines.push(`| ${statusLabels[change.status]} | ${change.kind} | ${escapeCell(change.title ?? change.file)} | ${page} |`);
    }
  }
  if (others.length > 0) {
    lines.push('', `**${plural(others.length, 'autre fichier touché', 'autres fichiers touchés')}** (code, configuration) : demandez aussi une relecture technique.`);
    lines.push('', ...others.slice(0, maxListed).map((change) => `- ${statusLabels[change.status]} : \`${change.file}\``));
    if (others.length > maxListed) lines.push(`- … et ${others.length - maxListed} de plus`);
  }
  lines.push('', '### Vérifications automatiques', '');
  lines.push(errors.length === 0 ? '✅ Aucune erreur : la bibliothèque peut être construite.' : `❌ ${plural(errors.length, 'erreur', 'erreurs')} à corriger avant de publier :`);
  if (errors.length > 0) lines.push('', ...errors.map((p) => `- ${formatProblem(p)}`));
  if (warnings.length > 0) lines.push('', `⚠️ ${plural(warnings.length, 'avertissement', 'avertissements')} à regarder, sans effet sur la publication :`, '', ...warnings.map((p) => `- ${formatProblem(p)}`));
  lines.push('', '### À vérifier en lisant', '', ...reviewChecklist.map((item) => `- [ ] ${item}`), '');
  return lines.join('\n');
}
