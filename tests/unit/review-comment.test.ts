import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { commentBody, findProposal, previewNote, runProblem } from '../../src/lib/review/comment';
import { previewBranch } from '../../scripts/lib/preview-status.mjs';

const root = join(import.meta.dirname, '..', '..');
const sha = 'a'.repeat(40);
const run = { headRepository: 'membre/carrefour', headBranch: 'cms/fiches/jardin', headSha: sha };
const pull = (number: number, repo: string | null, ref: string, headSha: string, state = 'open') => ({
  number,
  state,
  head: { sha: headSha, ref, repo: repo && { full_name: repo } },
});

describe('findProposal', () => {
  test('finds the open proposal whose head is the run’s repository, branch and commit', () => {
    const pulls = [pull(3, 'autre/carrefour', run.headBranch, sha), pull(7, run.headRepository, run.headBranch, sha), pull(9, run.headRepository, 'autre', sha)];
    expect(findProposal(pulls, run)).toBe(7);
  });

  test('compares repository names as GitHub does, whatever their case', () => {
    expect(findProposal([pull(7, 'Membre/Carrefour', run.headBranch, sha)], run)).toBe(7);
  });

  test('refuses, in French, when the proposal received another commit since the run', () => {
    expect(() => findProposal([pull(7, run.headRepository, run.headBranch, 'b'.repeat(40))], run)).toThrow(
      'Aucune proposition ouverte ne correspond à l’exécution (dépôt membre/carrefour, branche cms/fiches/jardin, commit aaaaaaaaaaaa)',
    );
  });

  test('refuses a closed proposal, one from another repository with the same commit, or one whose fork was deleted', () => {
    for (const pulls of [
      [pull(7, run.headRepository, run.headBranch, sha, 'closed')],
      [pull(7, 'attaquant/carrefour', run.headBranch, sha)],
      [pull(7, null, run.headBranch, sha)],
      [],
    ])
      expect(() => findProposal(pulls, run)).toThrow(/Aucune proposition ouverte/);
  });

  test('refuses when several open proposals match, naming them', () => {
    expect(() => findProposal([pull(7, run.headRepository, run.headBranch, sha), pull(8, run.headRepository, run.headBranch, sha)], run)).toThrow(
      /Plusieurs propositions ouvertes \(n° 7, n° 8\)/,
    );
  });

  test('ignores a listed item that is not a pull request, and a number that is not a positive integer', () => {
    expect(() => findProposal([null, 'x', { ...pull(7, run.headRepository, run.headBranch, sha), number: '7' }, pull(-1, run.headRepository, run.headBranch, sha)], run)).toThrow(
      /Aucune proposition ouverte/,
    );
    expect(() => findProposal({ message: 'Bad credentials' }, run)).toThrow('La réponse de GitHub n’est pas une liste de propositions.');
  });
});

describe('runProblem', () => {
  test('accepts what a workflow_run event gives, and names the missing or malformed value', () => {
    expect(runProblem(run)).toBeUndefined();
    expect(runProblem({ ...run, headRepository: '' })).toMatch(/HEAD_REPOSITORY/);
    expect(runProblem({ ...run, headRepository: 'a/b; rm -rf /' })).toMatch(/HEAD_REPOSITORY/);
    expect(runProblem({ ...run, headBranch: '' })).toMatch(/HEAD_BRANCH/);
    expect(runProblem({ ...run, headSha: '123' })).toMatch(/HEAD_SHA « 123 »/);
  });
});

describe('commentBody', () => {
  test('keeps a report as it is, links included, but breaks mentions and references', () => {
    const report = '## Revue\n\n| [/pratiques/x/](https://apercu.exemple.org/pratiques/x/) |\n\n✅ Merci @rocqld/comite, voir #1';
    expect(commentBody(report)).toBe(report.replace('@', '@\u2060').replace('#1', '#\u20601'));
  });

  test('breaks mentions and references a rewritten review script hides in character references or backslashes', () => {
    // GitHub decodes `&#64;` and `\\@` back to `@` before it looks for mentions in the rendered text.
    const body = commentBody('&#64;rocqld/comite &#x40;octocat &commat;equipe #&#49; &num;2 &#35;3 GH&#45;4 GH\\-5 \\@membre \\#6 &#60;b&#62; &eacute;');
    expect(body.replaceAll('\u2060', '⁠')).toBe('@⁠rocqld/comite @⁠octocat @⁠equipe #⁠1 #⁠2 #⁠3 GH-⁠4 GH\\-⁠5 \\@⁠membre \\#⁠6 &#60;b&#62; &eacute;');
  });

  test('cuts a report too long for a comment, and says so', () => {
    const body = commentBody('é'.repeat(500), 200);
    expect([...body].length).toBeLessThanOrEqual(200);
    expect(body).toMatch(/^é+\n\n\*\(Rapport coupé : il dépassait 200 caractères\.\)\*\n$/);
  });
});

describe('previewNote', () => {
  test('gives the preview’s address, as a line after the report', () => {
    const note = previewNote('https://apercu-aaaaaaaaaaaa.carrefour-apercus.pages.dev/');
    expect(note).toMatch(/^\n\n\*\*Aperçu\*\* : https:\/\/apercu-aaaaaaaaaaaa\.carrefour-apercus\.pages\.dev\/ /);
    expect(note.endsWith('\n')).toBe(true);
  });
});

describe('scripts/find-proposal.ts and scripts/comment-body.ts', () => {
  // The scripts as the workflow runs them: Node alone (pinned Node 24, which strips types), with `gh` replaced
  // by a stand-in that records its arguments and answers with a fixed list of pull requests.
  const node = join(root, 'node_modules', '.bin', 'node');
  const bin = mkdtempSync(join(tmpdir(), 'carrefour-gh-'));
  const answer = join(bin, 'answer.json');
  writeFileSync(join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(bin, 'args.txt')}"\ncat "${answer}"\n`);
  chmodSync(join(bin, 'gh'), 0o755);
  const findProposalScript = (env: Record<string, string>) => {
    const output = join(bin, `output-${Math.random()}`);
    writeFileSync(output, '');
    const result = spawnSync(node, [join(root, 'scripts', 'find-proposal.ts')], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_REPOSITORY: 'rocqld/carrefour', GITHUB_OUTPUT: output, ...env },
    });
    return { status: result.status, stderr: result.stderr, output: readFileSync(output, 'utf8') };
  };
  const event = { HEAD_REPOSITORY: run.headRepository, HEAD_BRANCH: run.headBranch, HEAD_SHA: sha };

  test('writes the number of the run’s proposal, asked of the API by head owner and branch', () => {
    writeFileSync(answer, JSON.stringify([pull(12, run.headRepository, run.headBranch, 'c'.repeat(40)), pull(13, run.headRepository, run.headBranch, sha)]));
    const result = findProposalScript(event);
    expect(result).toMatchObject({ status: 0, output: 'number=13\n' });
    expect(readFileSync(join(bin, 'args.txt'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['api', 'GET', 'repos/rocqld/carrefour/pulls', 'state=open', 'head=membre:cms/fiches/jardin']),
    );
  });

  test('fails with a French message and writes no number when no open proposal matches', () => {
    writeFileSync(answer, JSON.stringify([pull(12, 'attaquant/carrefour', run.headBranch, sha)]));
    const result = findProposalScript(event);
    expect(result.status).toBe(1);
    expect(result.output).toBe('');
    expect(result.stderr).toMatch(/Aucune proposition ouverte ne correspond/);
  });

  test('fails before asking GitHub when the event lacks the run’s commit', () => {
    const result = findProposalScript({ ...event, HEAD_SHA: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Exécution non reconnue : commit de la proposition absent ou invalide/);
  });

  test('prints the comment from a report file, mentions broken', () => {
    const report = join(bin, 'rapport.md');
    writeFileSync(report, '## Revue\n\n@rocqld/comite');
    const result = spawnSync(node, [join(root, 'scripts', 'comment-body.ts'), report], { encoding: 'utf8' });
    expect(result).toMatchObject({ status: 0, stdout: '## Revue\n\n@\u2060rocqld/comite' });
    const missing = spawnSync(node, [join(root, 'scripts', 'comment-body.ts'), join(bin, 'absent.md')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Rapport de relecture illisible/);
  });

  test('adds the address preview-deploy.yml publishes the commit’s preview at, when PREVIEW_DOMAIN is set', () => {
    const report = join(bin, 'rapport.md');
    writeFileSync(report, '## Revue');
    const comment = (env: Record<string, string>) => spawnSync(node, [join(root, 'scripts', 'comment-body.ts'), report], { encoding: 'utf8', env: { ...process.env, ...env } });
    // preview-deploy.yml deploys to the Cloudflare Pages branch previewBranch(HEAD_SHA), which Cloudflare serves at <branch>.<project address>.
    const published = `https://${previewBranch(sha)}.carrefour-apercus.pages.dev/`;
    const result = comment({ PREVIEW_DOMAIN: 'carrefour-apercus.pages.dev', HEAD_SHA: sha });
    expect(result).toMatchObject({ status: 0, stdout: `## Revue${previewNote(published)}` });
    expect(published).toBe('https://apercu-aaaaaaaaaaaa.carrefour-apercus.pages.dev/');
    // Netlify hosts make their own previews: no PREVIEW_DOMAIN, no line.
    expect(comment({ PREVIEW_DOMAIN: '', HEAD_SHA: sha })).toMatchObject({ status: 0, stdout: '## Revue' });
    // A wrong setting does not hold back the review: the comment goes without the line, and the run shows why.
    const wrong = comment({ PREVIEW_DOMAIN: 'https://carrefour-apercus.pages.dev', HEAD_SHA: sha });
    expect(wrong).toMatchObject({ status: 0, stdout: '## Revue' });
    expect(wrong.stderr).toMatch(
      /^::warning::Aperçu : PREVIEW_DOMAIN vaut « https:\/\/carrefour-apercus\.pages\.dev ». Correction : .* L’adresse de l’aperçu n’est pas dans le commentaire\.$/m,
    );
  });

  test('pr-comment.yml gives the script the setting and the commit preview-deploy.yml publishes with', () => {
    const stepEnv = (file: string, script: string) => {
      const workflow = parse(readFileSync(join(root, '.github', 'workflows', file), 'utf8')) as {
        jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>;
      };
      const step = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .find((candidate) => candidate.run?.includes(script));
      return step?.env ?? {};
    };
    const comment = stepEnv('pr-comment.yml', 'scripts/comment-body.ts');
    const deploy = stepEnv('preview-deploy.yml', 'scripts/preview-status.mjs');
    expect(comment.PREVIEW_DOMAIN).toBe('${{ vars.PREVIEW_DOMAIN }}');
    expect(comment.HEAD_SHA).toBe('${{ github.event.workflow_run.head_sha }}');
    expect([comment.PREVIEW_DOMAIN, comment.HEAD_SHA]).toEqual([deploy.PREVIEW_DOMAIN, deploy.HEAD_SHA]);
  });
});
