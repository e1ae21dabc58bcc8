import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { isRecord } from '../../src/lib/records';

// GitHub Actions workflows, read as data: what a proposal from a fork can reach through them.
const folder = join(import.meta.dirname, '..', '..', '.github', 'workflows');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  file: string;
  triggers: string[];
  permissions: unknown;
  jobs: Record<string, Job>;
}

/** Returns a workflow file's triggers, permissions and jobs. */
function readWorkflow(file: string, text: string): Workflow {
  const data: unknown = parse(text);
  if (!isRecord(data)) throw new Error(`${file} : pas un workflow`);
  const on = data.on;
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : isRecord(on) ? Object.keys(on) : [];
  return { file, triggers, permissions: data.permissions, jobs: (isRecord(data.jobs) ? data.jobs : {}) as Record<string, Job> };
}

const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((file) => readWorkflow(file, readFileSync(join(folder, file), 'utf8')));

/** Events whose payload a proposal's author (or any GitHub user) writes: titles, bodies, branch names, comments. */
const untrustedTriggers = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'workflow_run',
  'issues',
  'issue_comment',
  'discussion',
  'discussion_comment',
];
/** Triggers that run with the base repository's token and secrets, whatever the proposal. */
const privilegedTriggers = ['pull_request_target', 'workflow_run'];

const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
/** Code a step runs: its shell script, or the script an actions/github-script step evaluates. */
const code = (step: Step) => [step.run, step.uses?.startsWith('actions/github-script') ? step.with?.script : undefined].filter((text) => typeof text === 'string');
const uses = (step: Step, action: string) => step.uses?.split('@')[0] === action;

/** Returns the expressions a workflow's scripts expand that they must not: any under an untrusted trigger, else any reading the event. */
function scriptExpressions(workflow: Workflow): string[] {
  const untrusted = workflow.triggers.some((trigger) => untrustedTriggers.includes(trigger));
  return steps(workflow).flatMap((step) =>
    code(step).flatMap((text) => {
      const expressions = text.match(/\$\{\{[^}]*\}\}/g) ?? [];
      return untrusted ? expressions : expressions.filter((expression) => /github\.(event|head_ref)\b|inputs\./.test(expression));
    }),
  );
}

/** Returns the checkouts of a privileged workflow that name a branch, commit or repository (the proposal's). */
function proposalCheckouts(workflow: Workflow): Step[] {
  if (!workflow.triggers.some((trigger) => privilegedTriggers.includes(trigger))) return [];
  return steps(workflow).flatMap((step) => (uses(step, 'actions/checkout') && (step.with?.ref !== undefined || step.with?.repository !== undefined) ? [step] : []));
}

test('the rules catch an event’s text expanded in a script and a privileged checkout of the proposal', () => {
  const attack = readWorkflow(
    'attaque.yml',
    [
      'on: pull_request_target',
      'jobs:',
      '  j:',
      '    steps:',
      '      - uses: actions/checkout@v7',
      '        with: { ref: "${{ github.event.pull_request.head.sha }}" }',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - uses: actions/github-script@v8',
      '        with: { script: "core.info(\'${{ github.head_ref }}\')" }',
    ].join('\n'),
  );
  expect(scriptExpressions(attack)).toEqual(['${{ github.event.pull_request.title }}', '${{ github.head_ref }}']);
  expect(proposalCheckouts(attack)).toHaveLength(1);
  const trusted = readWorkflow(
    'publication.yml',
    'on: { push: { branches: [main] } }\njobs: { j: { steps: [{ run: "echo ${{ github.sha }} ${{ github.event.head_commit.message }}" }] } }',
  );
  expect(scriptExpressions(trusted)).toEqual(['${{ github.event.head_commit.message }}']);
});

test('the workflows are found', () => {
  expect(workflows.map((workflow) => workflow.file)).toEqual(expect.arrayContaining(['pr.yml', 'pr-comment.yml']));
});

describe.each(workflows)('$file', (workflow) => {
  test('gives no permission by default: each job asks for what it needs', () => {
    expect(workflow.permissions).toEqual({});
  });

  test('never expands the event’s text inside a script (values go through env:)', () => {
    expect(scriptExpressions(workflow), 'passez ces valeurs par env:').toEqual([]);
  });

  test('checks out code without keeping the token in the clone', () => {
    for (const step of steps(workflow).filter((candidate) => uses(candidate, 'actions/checkout'))) expect(step.with?.['persist-credentials']).toBe(false);
  });

  test('checks out, when it runs with the base repository’s rights, only its default branch, never the proposal', () => {
    expect(proposalCheckouts(workflow)).toEqual([]);
  });

  test('passes no proposal number through the files a run writes', () => {
    expect(readFileSync(join(folder, workflow.file), 'utf8')).not.toMatch(/numero/i);
  });
});

describe('pr-comment.yml', () => {
  const workflow = workflows.find((candidate) => candidate.file === 'pr-comment.yml')!;
  const job = workflow.jobs.comment!;
  const jobSteps = job.steps ?? [];
  const lookupIndex = jobSteps.findIndex((step) => /^node scripts\/find-proposal\.ts\s*$/.test(step.run ?? ''));
  const lookup = jobSteps[lookupIndex];

  test('runs on the finished Proposition runs, with no more than it needs', () => {
    expect(workflow.triggers).toEqual(['workflow_run']);
    expect(job.permissions).toEqual({ actions: 'read', contents: 'read', 'pull-requests': 'write' });
  });

  test('finds the proposal from the event’s head repository, branch and commit, before any file of the run is downloaded', () => {
    expect(lookup?.id).toBeTruthy();
    expect(lookup?.env).toMatchObject({
      HEAD_REPOSITORY: '${{ github.event.workflow_run.head_repository.full_name }}',
      HEAD_BRANCH: '${{ github.event.workflow_run.head_branch }}',
      HEAD_SHA: '${{ github.event.workflow_run.head_sha }}',
    });
    const download = jobSteps.findIndex((step) => uses(step, 'actions/download-artifact'));
    expect(download).toBeGreaterThan(lookupIndex);
    // Outside the checkout, so the run's files cannot stand in for the scripts.
    expect(jobSteps[download]?.with?.path).toMatch(/^\$\{\{ runner\.temp \}\}\//);
  });

  test('comments only on the proposal the lookup found', () => {
    const posting = jobSteps.filter((step) => /\bgh\s+(pr|issue|api)\b/.test(step.run ?? ''));
    expect(posting.length).toBeGreaterThan(0);
    for (const step of posting) {
      expect(step.env?.NUMBER).toBe(`\${{ steps.${lookup?.id}.outputs.number }}`);
      const calls = step.run!.match(/\bgh\s+[^\n]*/g) ?? [];
      for (const call of calls) expect(call).toMatch(/^gh (pr|issue) comment "\$NUMBER" /);
      expect(step.run).not.toMatch(/\bNUMBER=|\bread\b|export /);
    }
  });
});
