// `node scripts/find-proposal.ts`: in pr-comment.yml, finds the open proposal (pull request) a finished
// « Proposition » run checked, from the workflow_run event (HEAD_REPOSITORY, HEAD_BRANCH, HEAD_SHA) and
// GitHub's API through `gh`, and writes `number=<n>` to GITHUB_OUTPUT (or prints it). Nothing the run wrote
// is read. Runs with Node alone (no package installed): imports carry their extension.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { findProposal, runProblem } from '../src/lib/review/comment.ts';

const { HEAD_REPOSITORY = '', HEAD_BRANCH = '', HEAD_SHA = '', GITHUB_REPOSITORY = '', GITHUB_OUTPUT } = process.env;
const run = { headRepository: HEAD_REPOSITORY, headBranch: HEAD_BRANCH, headSha: HEAD_SHA };

try {
  const problem = runProblem(run) ?? (/^[\w.-]+\/[\w.-]+$/.test(GITHUB_REPOSITORY) ? undefined : 'dépôt de base absent (GITHUB_REPOSITORY)');
  if (problem) throw new Error(`Exécution non reconnue : ${problem}. Aucun commentaire publié.`);
  // Open pull requests whose head is the run's owner and branch; findProposal then checks repository and commit.
  const owner = HEAD_REPOSITORY.split('/')[0];
  const args = ['api', '--method', 'GET', `repos/${GITHUB_REPOSITORY}/pulls`, '-f', 'state=open', '-f', `head=${owner}:${HEAD_BRANCH}`, '-f', 'per_page=100'];
  const number = findProposal(JSON.parse(execFileSync('gh', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })), run);
  console.log(`Proposition n° ${number} (${HEAD_REPOSITORY}, commit ${HEAD_SHA.slice(0, 12)}).`);
  if (GITHUB_OUTPUT) appendFileSync(GITHUB_OUTPUT, `number=${number}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
