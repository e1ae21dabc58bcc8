import { plural } from '../text';
import type { FieldChange } from './field-changes';
import type { LostSection } from './lost-sections';
import { escapeMarkdown, inlineCode } from './markdown';

/** What the report details about an added or modified entry. */
export interface EntryDetails {
  status: 'added' | 'modified';
  file: string;
  title?: string | undefined;
  /** For a sheet: its evidence level and its organization, by name. */
  evidence?: string | undefined;
  organization?: string | undefined;
  /** For a modified entry: the fields whose value changed, and how many body lines changed. */
  fields?: readonly FieldChange[] | undefined;
  bodyLines?: number | undefined;
  /** For a modified entry: the organization it belonged to before the change (by name), and the sections whose text is gone. */
  owner?: string | undefined;
  lostSections?: readonly LostSection[] | undefined;
}

const quoted = (value: string | undefined) => (value === undefined ? '(vide)' : `« ${escapeMarkdown(value)} »`);

/** Returns the bullet lines of one entry: sheet facts, then each changed field (old → new), then the body; fields undefined means not compared. */
export function entryDetailLines(entry: EntryDetails): string[] {
  const lines: string[] = [];
  if (entry.evidence !== undefined || entry.organization !== undefined) {
    lines.push(`- Niveau de preuve : ${quoted(entry.evidence)} · Organisme : ${quoted(entry.organization)}`);
  }
  if (entry.status === 'modified' && entry.owner !== undefined) {
    lines.push(`- Contenu de l’organisme ${quoted(entry.owner)} : si la proposition vient d’un autre organisme, demandez-lui son accord avant de publier.`);
  }
  if (entry.status === 'modified' && entry.fields !== undefined) {
    for (const field of entry.fields) lines.push(`- ${escapeMarkdown(field.label)} : ${quoted(field.before)} → ${quoted(field.after)}`);
    if (entry.bodyLines) lines.push(`- Corps modifié (${plural(entry.bodyLines, 'ligne', 'lignes')})`);
    for (const [change, label] of [
      ['emptied', 'Sections vidées'],
      ['removed', 'Sections retirées'],
    ] as const) {
      const titles = (entry.lostSections ?? []).filter((section) => section.change === change).map((section) => quoted(section.title));
      if (titles.length > 0) lines.push(`- ⚠️ ${label} : ${titles.join(', ')}`);
    }
    if (entry.fields.length === 0 && !entry.bodyLines) lines.push('- Aucun champ ni le corps n’a changé (mise en forme du fichier seulement).');
  }
  return lines;
}

/** Returns the report's section detailing added and modified entries, or nothing when none has details. */
export function entryDetailsSection(entries: readonly EntryDetails[]): string[] {
  const blocks = entries.flatMap((entry) => {
    const lines = entryDetailLines(entry);
    if (lines.length === 0) return [];
    const heading = `**${entry.status === 'added' ? 'Ajout' : 'Modification'} : ${escapeMarkdown(entry.title ?? entry.file)}** (${inlineCode(entry.file)})`;
    return [['', heading, '', ...lines]];
  });
  return blocks.length === 0 ? [] : ['', '### Détail des changements', ...blocks.flat()];
}
