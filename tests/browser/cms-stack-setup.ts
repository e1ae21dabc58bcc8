import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { cloneThrowaway } from './throwaway-repo';
import { serveSite } from '../../scripts/lib/static-server.mjs';
import { startDecapServer } from '../../scripts/lib/decap-server.mjs';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { forwardToDecapServer } from '../../cms/dev-proxy';
import { readCmsSettings } from '../../cms/settings';
import { root, siteDir } from '../build/site';

/** Where the CMS test files find the stack they share (see `useCmsStack`). */
interface SharedCmsStack {
  /** The throw-away clone decap-server commits into. */
  repoDir: string;
  /** The commit of its `main` at the start: every file starts from it. */
  start: string;
  /** decap-server's own API address. */
  apiUrl: string;
  /** The built site's address, with the local API forwarded to decap-server. */
  siteUrl: string;
  /** Chromium's address, for `chromium.connect`. */
  browserEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    // Optional: a CMS test file run in another project starts a stack of its own.
    cmsStack?: SharedCmsStack;
  }
}

/**
 * Starts once, for every CMS test file of the run (they run one after another): a throw-away clone of this
 * repository, decap-server (Git mode) on it, the built site served with the local API forwarded
 * (publication checked by the validator), and a Chromium server. Each file resets the clone and opens
 * a fresh browser context of its own.
 */
export default async function setup(project: TestProject) {
  const repo = cloneThrowaway(root);
  const decap = await startDecapServer({ root, repoDir: repo.dir });
  const server = await serveSite(siteDir, undefined, forwardToDecapServer(readCmsSettings().localApiPath, decap.port, { repoDir: repo.dir }));
  const browser = await chromium.launchServer(chromiumLaunchOptions());
  project.provide('cmsStack', {
    repoDir: repo.dir,
    start: repo.git('rev-parse', 'main').trim(),
    apiUrl: decap.url,
    siteUrl: server.url,
    browserEndpoint: browser.wsEndpoint(),
  });
  return async () => {
    await browser.close();
    await server.close();
    await decap.close();
    repo.remove();
  };
}
