import { describe, expect, test } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'mise-en-ligne.md'), 'utf8');

/** The command lines of the guide's `sh` blocks, with the heading of the section each one is in. */
function guideCommands(): { section: string; command: string }[] {
  const commands: { section: string; command: string }[] = [];
  let section = '';
  let inBlock = false;
  for (const line of guide.split('\n')) {
    if (line.startsWith('#')) section = line.replace(/^#+\s*/, '');
    else if (line === '```sh') inBlock = true;
    else if (line === '```') inBlock = false;
    else if (inBlock && line.trim()) commands.push({ section, command: line.trim() });
  }
  return commands;
}

/** Every command that CI runs: the `run:` lines of the workflows and the lines of the publish script. */
function commandsRunInCi(): Set<string> {
  const lines = new Set<string>();
  const workflows = join(root, '.github', 'workflows');
  for (const name of readdirSync(workflows)) {
    const workflow = parseYaml(readFileSync(join(workflows, name), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    for (const job of Object.values(workflow.jobs)) for (const step of job.steps) for (const line of step.run?.split('\n') ?? []) lines.add(line.trim());
  }
  for (const line of readFileSync(join(root, 'scripts', 'publish-build.sh'), 'utf8').split('\n')) lines.add(line.trim());
  return lines;
}

const restoreSection = '9. Restaurer un contenu supprimé';

describe('docs/mise-en-ligne.md', () => {
  test('every command outside the restore section is run in CI, by a workflow or by the publish script', () => {
    const inCi = commandsRunInCi();
    const others = guideCommands().filter(({ section }) => section !== restoreSection);
    expect(others.map(({ command }) => command)).toEqual(['bash scripts/publish-build.sh', 'npm run publish:check']);
    expect(others.filter(({ command }) => !inCi.has(command))).toEqual([]);
  });

  test('the restore commands find a deleted sheet in the history and bring it back as it was', () => {
    const restoreCommands = guideCommands()
      .filter(({ section }) => section === restoreSection)
      .map(({ command }) => command);
    expect(restoreCommands).toHaveLength(2);
    const [find, restore] = restoreCommands as [string, string];
    const path = /-- (\S+)$/.exec(restore)![1]!;
    const dir = mkdtempSync(join(tmpdir(), 'carrefour-restore-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    try {
      git('init', '--quiet', '--initial-branch=main');
      git('config', 'user.name', 'Comité');
      git('config', 'user.email', 'comite@exemple.org');
      mkdirSync(join(dir, 'content', 'fiches'), { recursive: true });
      writeFileSync(join(dir, path), '---\ntitle: Mentorat\n---\nVersion publiée.\n');
      writeFileSync(join(dir, 'content', 'fiches', 'autre.mdx'), '---\ntitle: Autre\n---\n');
      git('add', '.');
      git('commit', '--quiet', '-m', 'Ajout des fiches');
      git('rm', '--quiet', path);
      git('commit', '--quiet', '-m', 'Retrait de la fiche Mentorat');
      const run = (command: string) => execSync(command, { cwd: dir, encoding: 'utf8' });
      const listing = run(find);
      expect(listing).toContain('Retrait de la fiche Mentorat');
      expect(listing).toContain(path);
      const hash = /^([0-9a-f]{7,}) /m.exec(listing)![1]!;
      run(restore.replace('1a2b3c4', hash));
      expect(readFileSync(join(dir, path), 'utf8')).toBe('---\ntitle: Mentorat\n---\nVersion publiée.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
