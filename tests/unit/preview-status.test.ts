import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { deployStatus, previewAddress, previewBranch, previewRedirects, statusContext } from '../../scripts/lib/preview-status.mjs';

const root = join(import.meta.dirname, '..', '..');
const sha = '0123456789abcdef0123456789abcdef01234567';
const domain = 'carrefour-apercus.pages.dev';

/** Decap's rule (decap-cms-lib-util 3.8.3, isPreviewContext without preview_context): the context contains "deploy". */
const decapFindsPreview = (statuses: { context: string; target_url: string }[]) => statuses.find(({ context }) => context.includes('deploy'));

describe('preview address and status', () => {
  test('one preview per commit, at a Cloudflare Pages branch address of its own', () => {
    expect(previewBranch(sha)).toBe('apercu-0123456789ab');
    expect(previewAddress(domain, sha, ['/404.html', '/pratiques/mentorat/', '/outils/grille/'])).toBe(
      'https://apercu-0123456789ab.carrefour-apercus.pages.dev/pratiques/mentorat/',
    );
    expect(previewAddress(domain, sha, [])).toBe('https://apercu-0123456789ab.carrefour-apercus.pages.dev/');
  });

  test('the status is the one Decap takes for « Voir l’aperçu », and opens the preview', () => {
    const address = previewAddress(domain, sha, ['/pratiques/mentorat/']);
    const status = deployStatus(address);
    expect(status).toMatchObject({ state: 'success', target_url: address, context: statusContext });
    expect(status.description.length).toBeLessThanOrEqual(140);
    const checks = [{ context: 'Proposition / Contenu', target_url: 'https://github.com/' }, status];
    expect(decapFindsPreview(checks)?.target_url).toBe(address);
  });

  test('contract with Decap 3.x: decap-cms-lib-util 3.8.3 takes the first status whose context contains « deploy »', () => {
    const util = join(root, 'node_modules', 'decap-cms-lib-util');
    expect((JSON.parse(readFileSync(join(util, 'package.json'), 'utf8')) as { version: string }).version).toBe('3.8.3');
    expect(readFileSync(join(util, 'dist', 'esm', 'API.js'), 'utf8')).toContain("const PREVIEW_CONTEXT_KEYWORDS = ['deploy'];");
  });

  test('the page list comes from the proposal’s build: anything but a plain site path is ignored', () => {
    for (const hostile of ['//evil.example/', 'javascript:alert(1)', '/pratiques/a b/', 'https://evil.example/', '/../x/']) {
      expect(previewAddress(domain, sha, [hostile])).toBe('https://apercu-0123456789ab.carrefour-apercus.pages.dev/');
    }
  });

  test('the preview’s root redirects to its first page, so that its bare address opens the proposal', () => {
    expect(previewRedirects(['/404.html', '/pratiques/mentorat/'])).toBe('/ /pratiques/mentorat/ 302\n');
    expect(previewRedirects(['//evil.example/'])).toBe('');
  });

  test('a wrong commit or project address is refused with its fix in French', () => {
    expect(() => previewBranch('main')).toThrow('Aperçu : HEAD_SHA vaut « main ». Correction : donnez le commit complet (40 caractères hexadécimaux).');
    expect(() => previewAddress('https://carrefour-apercus.pages.dev', sha, [])).toThrow(
      /PREVIEW_DOMAIN vaut « https:\/\/carrefour-apercus\.pages\.dev ». Correction : écrivez l’adresse du projet/,
    );
    expect(() => previewAddress('evil.example/x.pages.dev', sha, [])).toThrow(/PREVIEW_DOMAIN/);
  });

  test('scripts/preview-status.mjs prints the status from the environment and the built pages, or fails with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carrefour-apercu-'));
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, 'scripts', 'preview-status.mjs'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
    try {
      writeFileSync(join(dir, 'pages.txt'), '/404.html\n/pratiques/mentorat/\n');
      const printed = run([join(dir, 'pages.txt')], { HEAD_SHA: sha, PREVIEW_DOMAIN: domain });
      expect(printed.status).toBe(0);
      expect(JSON.parse(printed.stdout)).toEqual(deployStatus('https://apercu-0123456789ab.carrefour-apercus.pages.dev/pratiques/mentorat/'));
      expect(run(['--branch'], { HEAD_SHA: sha }).stdout.trim()).toBe('apercu-0123456789ab');
      expect(run(['--redirects', join(dir, 'pages.txt')], {}).stdout).toBe('/ /pratiques/mentorat/ 302\n');
      const failed = run([join(dir, 'pages.txt')], { HEAD_SHA: sha });
      expect([failed.status, failed.stdout, failed.stderr.trim()]).toEqual([
        1,
        '',
        expect.stringContaining('Aperçu : PREVIEW_DOMAIN n’est pas donné. Correction : écrivez l’adresse du projet Cloudflare Pages'),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if: string;
  permissions: Record<string, string>;
  steps: Step[];
}
const workflow = (name: string) => parseYaml(readFileSync(join(root, '.github', 'workflows', name), 'utf8')) as { on: unknown; permissions: unknown; jobs: Record<string, Job> };

describe('preview workflows', () => {
  test('the proposal’s build has a read-only token and no secret', () => {
    const preview = workflow('preview.yml');
    expect(preview.permissions).toEqual({});
    expect(preview.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(readFileSync(join(root, '.github', 'workflows', 'preview.yml'), 'utf8')).not.toContain('secrets.');
    expect(preview.jobs.build!.steps.some((step) => step.run?.includes('npm run build -- --changed "origin/$BASE_REF"'))).toBe(true);
  });

  test('the deploy job runs main’s scripts only, drops server code from the artifact before uploading it, and may only write statuses', () => {
    const deploy = workflow('preview-deploy.yml').jobs.deploy!;
    expect(deploy.permissions).toEqual({ actions: 'read', statuses: 'write' });
    const checkout = deploy.steps.find((step) => step.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).not.toHaveProperty('ref');
    const script = deploy.steps.find((step) => step.run?.includes('wrangler'))!.run!;
    expect(script).not.toContain('${{');
    const at = (part: string) => script.indexOf(part);
    const [removal, redirects, upload, status] = [
      at('rm -rf "$ARTIFACT/dist-apercu/_worker.js"'),
      at('> "$ARTIFACT/dist-apercu/_redirects"'),
      at('npx --yes wrangler@'),
      at('gh api --method POST'),
    ];
    expect(removal).toBeGreaterThan(0);
    expect([removal < redirects, redirects < upload, upload < status]).toEqual([true, true, true]);
    expect(script).toMatch(/wrangler@\d+\.\d+\.\d+ /);
  });

  test('deploys with the wrangler whose local server tests/browser/host-headers.test.ts reads the headers from', () => {
    const script = workflow('preview-deploy.yml').jobs.deploy!.steps.find((step) => step.run?.includes('wrangler'))!.run!;
    const devDependencies = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;
    expect(script.match(/wrangler@(\S+) /)?.[1]).toBe(devDependencies.wrangler);
  });
});
