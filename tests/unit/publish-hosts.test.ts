import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { cachedPaths, onPostBuild, onPreBuild } from '../../netlify/plugins/build-cache/index.js';
import { buildCmsConfig } from '../../cms/config/index';
import { readCmsSettings } from '../../cms/settings';
import { readTaxonomyOptions } from '../../cms/taxonomy-options';

const root = join(import.meta.dirname, '..', '..');
const workflowsDir = join(root, '.github', 'workflows');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const publish = parseYaml(read('.github/workflows/publish.yml')) as { permissions: unknown; jobs: { host: Job; build: Job; deploy: Job } };
const netlify = parseToml(read('netlify.toml')) as {
  build: { command: string; publish: string; environment: Record<string, string> };
  plugins: { package: string }[];
  headers?: unknown;
};

describe('GitHub workflows', () => {
  test.each(readdirSync(workflowsDir))('%s is valid against GitHub’s workflow schema', (name) => {
    expect(validateWorkflow(readFileSync(join(workflowsDir, name), 'utf8')).errors).toEqual([]);
  });

  test('the schema check can fail: a misspelled key is reported', () => {
    const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: npm ci\n';
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  test('publish.yml grants nothing by default, pins every action by commit and keeps values out of run:', () => {
    expect(publish.permissions).toEqual({});
    const steps = Object.values(publish.jobs).flatMap((job) => job.steps);
    for (const step of steps) {
      if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w/-]+@[0-9a-f]{40}$/);
      if (step.run) expect(step.run).not.toContain('${{');
    }
    expect(Object.values(publish.jobs).every((job) => job.permissions !== undefined)).toBe(true);
  });

  test('GitHub Pages: the build reads the whole history, restores the cache after npm ci, then runs the publish build', () => {
    const { build, deploy, host } = publish.jobs;
    expect(build.if).toBe("vars.PUBLISH_HOST == 'github-pages'");
    expect(build.permissions).toEqual({ contents: 'read' });
    const index = (match: (step: Step) => boolean) => build.steps.findIndex(match);
    const checkout = build.steps[index((step) => step.uses?.startsWith('actions/checkout@') ?? false)]!;
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    const install = index((step) => step.run === 'npm ci --no-audit --no-fund');
    const cache = index((step) => step.uses?.startsWith('actions/cache@') ?? false);
    const publishBuild = index((step) => step.run === 'bash scripts/publish-build.sh');
    const upload = index((step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect(install).toBeGreaterThan(0);
    expect([install < cache, cache < publishBuild, publishBuild < upload]).toEqual([true, true, true]);
    // The same folders as Netlify's cache plugin: one list of what a publish build reuses.
    expect(String(build.steps[cache]!.with!.path).trim().split('\n')).toEqual(cachedPaths);
    expect(build.steps[upload]!.with).toEqual({ path: netlify.build.publish });
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(host.if).toBe("vars.PUBLISH_HOST != 'github-pages' && vars.PUBLISH_HOST != 'netlify'");
  });
});

describe('netlify.toml', () => {
  test('builds with the publish script into dist/, with the Node major of .nvmrc', () => {
    expect(netlify.build.command).toBe('bash scripts/publish-build.sh');
    expect(netlify.build.publish).toBe('dist');
    expect(netlify.build.environment.NODE_VERSION).toBe(read('.nvmrc').trim());
  });

  test('repeats no header: Netlify applies the _headers generated from src/lib/csp.ts, the one source', () => {
    expect(netlify.headers).toBeUndefined();
    expect(read('public/_headers')).toContain('Content-Security-Policy:');
  });

  test('its cache plugin is a local plugin with a manifest', () => {
    expect(netlify.plugins.map((plugin) => plugin.package)).toEqual(['./netlify/plugins/build-cache']);
    expect(read('netlify/plugins/build-cache/manifest.yml')).toMatch(/^name: /);
  });
});

describe('Netlify cache plugin', () => {
  const fakeUtils = () => {
    const calls: string[] = [];
    const cache = { restore: (path: string) => Promise.resolve(calls.push(`restore ${path}`) > 0), save: (path: string) => Promise.resolve(calls.push(`save ${path}`) > 0) };
    return { calls, utils: { cache } };
  };
  const inContext = async (context: string, run: () => Promise<void>) => {
    const previous = process.env.CONTEXT;
    process.env.CONTEXT = context;
    try {
      await run();
    } finally {
      if (previous === undefined) delete process.env.CONTEXT;
      else process.env.CONTEXT = previous;
    }
  };

  test('a production build restores and saves Astro’s cache folder and the output', async () => {
    const { calls, utils } = fakeUtils();
    await inContext('production', async () => {
      await onPreBuild({ utils });
      await onPostBuild({ utils });
    });
    expect(calls).toEqual(['restore node_modules/.astro', 'restore dist', 'save node_modules/.astro', 'save dist']);
  });

  test('a deploy preview reads production’s cache but never saves its own pages into it', async () => {
    const { calls, utils } = fakeUtils();
    await inContext('deploy-preview', async () => {
      await onPreBuild({ utils });
      await onPostBuild({ utils });
    });
    expect(calls).toEqual(['restore node_modules/.astro', 'restore dist']);
  });
});

describe('scripts/publish-build.sh', () => {
  /** Runs the script in a copy of it, with `npm` and `git` replaced by stubs that log their arguments (and SITE_URL). */
  function runPublishBuild(env: Record<string, string>, { shallow = false, failing = '' } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'carrefour-publish-'));
    try {
      execFileSync('mkdir', ['-p', join(dir, 'scripts'), join(dir, 'bin')]);
      writeFileSync(join(dir, 'scripts', 'publish-build.sh'), read('scripts/publish-build.sh'));
      const log = join(dir, 'log');
      const stub = (name: string, body: string) => {
        writeFileSync(join(dir, 'bin', name), `#!/usr/bin/env bash\n${body}\n`);
        chmodSync(join(dir, 'bin', name), 0o755);
      };
      stub('npm', `echo "npm $* SITE_URL=\${SITE_URL-unset} CMS_REPO=\${CMS_REPO-unset}" >> ${log}; [ "$*" != "${failing}" ]`);
      stub('git', `echo "git $*" >> ${log}; if [ "$1" = rev-parse ]; then echo ${shallow}; fi; [ "$1" != fetch ] || [ -z "${failing === 'fetch' ? 'x' : ''}" ]`);
      const result = spawnSync('bash', [join(dir, 'scripts', 'publish-build.sh')], { encoding: 'utf8', env: { PATH: `${join(dir, 'bin')}:/usr/bin:/bin`, ...env } });
      return { status: result.status, stderr: result.stderr, log: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('checks the settings, the content, builds and checks the site, in that order; empty settings fall back to their defaults', () => {
    const { status, log } = runPublishBuild({ SITE_URL: 'https://carrefour.exemple.org', CMS_REPO: '' });
    expect(status).toBe(0);
    expect(log).toEqual([
      'git rev-parse --is-shallow-repository',
      'npm run publish:check SITE_URL=https://carrefour.exemple.org CMS_REPO=unset',
      'npm run validate SITE_URL=https://carrefour.exemple.org CMS_REPO=unset',
      'npm run build SITE_URL=https://carrefour.exemple.org CMS_REPO=unset',
      'npm run check:site SITE_URL=https://carrefour.exemple.org CMS_REPO=unset',
    ]);
  });

  test('on Netlify, the site’s main address (URL) is the public address unless SITE_URL is set', () => {
    expect(runPublishBuild({ URL: 'https://carrefour.netlify.app' }).log[1]).toContain('SITE_URL=https://carrefour.netlify.app');
    expect(runPublishBuild({ URL: 'https://carrefour.netlify.app', SITE_URL: 'https://carrefour.exemple.org' }).log[1]).toContain('SITE_URL=https://carrefour.exemple.org');
  });

  test('a shallow clone gets its whole history first; when it cannot, the publication stops with the fix', () => {
    expect(runPublishBuild({}, { shallow: true }).log.slice(0, 2)).toEqual(['git rev-parse --is-shallow-repository', 'git fetch --quiet --unshallow']);
    const failed = runPublishBuild({}, { shallow: true, failing: 'fetch' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Correction : clonez le dépôt avec tout son historique');
    expect(failed.log.some((line) => line.startsWith('npm'))).toBe(false);
  });

  test('a red step stops the publication: nothing after it runs', () => {
    const { status, log } = runPublishBuild({}, { failing: 'run build' });
    expect(status).not.toBe(0);
    expect(log.at(-1)).toMatch(/^npm run build /);
  });
});

describe('Decap’s « Voir l’aperçu »', () => {
  test('the CMS sets no preview_context: Decap takes the commit status whose context contains « deploy » (Netlify’s deploy preview)', () => {
    const config = buildCmsConfig(readCmsSettings({}), readTaxonomyOptions(join(root, 'content')));
    expect(config.backend).not.toHaveProperty('preview_context');
    expect(config.show_preview_links).toBe(true);
  });
});
