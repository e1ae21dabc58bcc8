import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cloneThrowaway, openThrowaway, resetThrowaway, type ThrowawayRepo } from '../browser/throwaway-repo';

const repoRoot = join(import.meta.dirname, '..', '..');
let repo: ThrowawayRepo;
let start: string;

beforeAll(() => {
  repo = cloneThrowaway(repoRoot);
  start = repo.git('rev-parse', 'main').trim();
});

afterAll(() => repo.remove());

describe('resetThrowaway', () => {
  test('undoes what one CMS test file leaves: commits, a checked-out draft branch, its status, stray files', () => {
    // As decap-server leaves a clone: a draft branch with its status, checked out, and a publication on main.
    repo.git('checkout', '--quiet', '-b', 'cms/fiches/essai');
    repo.git('config', 'branch.cms/fiches/essai.description', 'decap-cms/draft');
    writeFileSync(join(repo.dir, 'content', 'fiches', 'essai.mdx'), '---\ntitle: Essai\n---\n');
    repo.git('add', '.');
    repo.git('commit', '--quiet', '-m', 'Brouillon');
    repo.git('checkout', '--quiet', 'main');
    repo.git('merge', '--quiet', '--no-ff', '-m', 'Publication', 'cms/fiches/essai');
    repo.git('checkout', '--quiet', 'cms/fiches/essai');
    writeFileSync(join(repo.dir, 'README.md'), 'changé');
    writeFileSync(join(repo.dir, 'oublie.txt'), 'laissé là');

    resetThrowaway(openThrowaway(repo.dir), start);

    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(repo.git('rev-parse', 'main').trim()).toBe(start);
    expect(repo.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/').trim()).toBe('main');
    expect(
      repo
        .git('config', '--local', '--list', '--name-only')
        .split('\n')
        .filter((name) => name.startsWith('branch.')),
    ).toEqual([]);
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
    expect(existsSync(join(repo.dir, 'content', 'fiches', 'essai.mdx'))).toBe(false);
    // The committer stays set for decap-server's next commits.
    expect(repo.git('config', 'user.name').trim()).toBe('Test du CMS');
  });
});
