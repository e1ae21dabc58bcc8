import { defaultSiteUrl } from '../src/config';

/**
 * Where the CMS saves: the one place to set the GitHub repository, its branch, the public site and the
 * OAuth endpoint. Each setting is read from the environment when the site is built (`astro build`,
 * `astro dev`), so a fork or a move changes variables, not code. See « Configurer le CMS » in README.md.
 */
export interface CmsSettings {
  /** GitHub repository holding the library, `owner/name` (CMS_REPO). */
  repo: string;
  /** Branch the site is built from; proposals are pull requests into it (CMS_BRANCH). */
  branch: string;
  /** Public address of the site, for « Voir en ligne » links (SITE_URL, shared with the site build). */
  siteUrl: string;
  /** OAuth server that signs contributors in with GitHub, e.g. `https://auth.example.org` (CMS_AUTH_BASE_URL). */
  authBaseUrl: string | undefined;
  /** Path of the OAuth endpoint on that server (CMS_AUTH_ENDPOINT, Decap's default: `auth`). */
  authEndpoint: string | undefined;
  /** Same-origin path where `npm run cms` forwards Decap's local proxy server (CMS_LOCAL_API_PATH). */
  localApiPath: string;
}

/** Default repository, branch and site of the network's library. */
const defaultSettings = {
  repo: 'rocqld/carrefour-des-pratiques',
  branch: 'main',
  siteUrl: defaultSiteUrl,
  localApiPath: '/api/v1/',
} as const;

/** Returns the CMS settings from `env` (process.env by default), falling back to the defaults. */
export function readCmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  const value = (name: string) => env[name]?.trim() || undefined;
  return {
    repo: value('CMS_REPO') ?? defaultSettings.repo,
    branch: value('CMS_BRANCH') ?? defaultSettings.branch,
    siteUrl: value('SITE_URL') ?? defaultSettings.siteUrl,
    authBaseUrl: value('CMS_AUTH_BASE_URL'),
    authEndpoint: value('CMS_AUTH_ENDPOINT'),
    localApiPath: value('CMS_LOCAL_API_PATH') ?? defaultSettings.localApiPath,
  };
}
