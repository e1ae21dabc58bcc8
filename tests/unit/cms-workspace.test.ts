import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bringBackPublications, git, prepareWorkspace } from '../../scripts/lib/cms-workspace.mjs';

let parent: string;
let root: string;
let dir: string;

/** Commits a file with `text` in `repo`, as decap-server or a developer would. */
function commit(repo: string, name: string, text: string) {
  writeFileSync(join(repo, name), text);
  git(repo, 'add', name);
  git(repo, 'commit', '--quiet', '-m', `${name} : ${text}`);
}

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'carrefour-workspace-'));
  root = join(parent, 'copie');
  dir = join(parent, '.cms', 'depot');
  git(parent, 'init', '--quiet', '--initial-branch=main', root);
  git(root, 'config', 'user.name', 'Test');
  git(root, 'config', 'user.email', 'test@carrefour.example');
  commit(root, 'fiche.mdx', 'v1');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('the CMS workspace clone', () => {
  test('is created once, with the working copy’s identity, and says where', () => {
    expect(prepareWorkspace({ root, dir, branch: 'main' })).toBe(`copie de travail du CMS créée : ${dir}`);
    expect(git(dir, 'rev-parse', 'main')).toBe(git(root, 'rev-parse', 'main'));
    expect(git(dir, 'config', 'user.email')).toBe('test@carrefour.example');
    expect(prepareWorkspace({ root, dir, branch: 'main' })).toBe(`copie de travail du CMS à jour : ${dir}`);
  });

  test('moves forward to the working copy’s new commits at the next start', () => {
    prepareWorkspace({ root, dir, branch: 'main' });
    commit(root, 'fiche.mdx', 'v2');
    expect(prepareWorkspace({ root, dir, branch: 'main' })).toBe(`copie de travail du CMS avancée jusqu’à votre branche main : ${dir}`);
    expect(git(dir, 'show', 'main:fiche.mdx')).toBe('v2');
  });

  test('never drops its own publications: it says how to bring them back instead', () => {
    prepareWorkspace({ root, dir, branch: 'main' });
    commit(dir, 'outil.mdx', 'publié dans le CMS');
    commit(root, 'fiche.mdx', 'v2');
    expect(prepareWorkspace({ root, dir, branch: 'main' })).toContain(`récupérez-les avec « git pull ${dir} main »`);
    expect(git(dir, 'show', 'main:outil.mdx')).toBe('publié dans le CMS');
  });
});

describe('publications come back to the working copy', () => {
  test('fast-forwarded when the working copy is on the branch', () => {
    prepareWorkspace({ root, dir, branch: 'main' });
    expect(bringBackPublications({ root, dir, branch: 'main' })).toBeUndefined();
    commit(dir, 'outil.mdx', 'publié');
    expect(bringBackPublications({ root, dir, branch: 'main' })).toBe('publication reportée dans votre copie (branche main).');
    expect(git(root, 'show', 'HEAD:outil.mdx')).toBe('publié');
    expect(bringBackPublications({ root, dir, branch: 'main' })).toBeUndefined();
  });

  test('left for the developer when the working copy is on another branch', () => {
    prepareWorkspace({ root, dir, branch: 'main' });
    git(root, 'checkout', '--quiet', '-b', 'travail');
    commit(dir, 'outil.mdx', 'publié');
    expect(bringBackPublications({ root, dir, branch: 'main' })).toBe(`nouvelle publication dans ${dir} ; récupérez-la avec « git pull ${dir} main ».`);
    expect(git(root, 'rev-parse', 'main')).not.toBe(git(dir, 'rev-parse', 'main'));
  });

  test('left for the developer when a local change is in the way', () => {
    prepareWorkspace({ root, dir, branch: 'main' });
    commit(dir, 'fiche.mdx', 'v2 publiée');
    writeFileSync(join(root, 'fiche.mdx'), 'modification locale');
    expect(bringBackPublications({ root, dir, branch: 'main' })).toContain('récupérez-la avec');
    expect(git(root, 'show', 'HEAD:fiche.mdx')).toBe('v1');
  });
});
