import { readCmsSettings, type CmsSettings } from '../../../cms/settings';
import { defaultSiteUrl } from '../../config';
import type { ContentProblem } from '../validation/problem';

/** The hosts a publication supports (docs/mise-en-ligne.md). */
const hosts = ['netlify', 'github-pages'] as const;
type PublishHost = (typeof hosts)[number];

/** Decap's OAuth server when CMS_AUTH_BASE_URL is not set (decap-cms-lib-auth's NETLIFY_API). */
const netlifyApi = 'https://api.netlify.com';

/** How a contributor signs in to /admin/ with GitHub: which server opens the flow, and what GitHub calls back. */
interface SignIn {
  /** Netlify's GitHub provider (site hosted on Netlify) or an OAuth proxy of the network's (sveltia-cms-auth). */
  provider: 'netlify' | 'proxy';
  /** The page Decap opens in a window to sign in (without its query). */
  authorizeUrl: string;
  /** The « Authorization callback URL » to register in the GitHub OAuth app. */
  callbackUrl: string;
}

/** Returns the sign-in path that the CMS settings give Decap, as Decap builds it (trailing and leading slashes trimmed). */
export function signIn(settings: Pick<CmsSettings, 'authBaseUrl' | 'authEndpoint'>): SignIn {
  const base = (settings.authBaseUrl ?? netlifyApi).replace(/\/+$/, '');
  const endpoint = (settings.authEndpoint ?? 'auth').replace(/^\/+|\/+$/g, '') || 'auth';
  const provider = settings.authBaseUrl ? 'proxy' : 'netlify';
  // Netlify's provider returns to its own address; sveltia-cms-auth serves /callback beside /auth.
  return { provider, authorizeUrl: `${base}/${endpoint}`, callbackUrl: provider === 'netlify' ? `${netlifyApi}/auth/done` : `${base}/callback` };
}

/** What a publication is built with: the host and the four settings (docs/mise-en-ligne.md). */
interface PublishSettings {
  host: PublishHost | undefined;
  cms: CmsSettings;
  committeeEmail: string | undefined;
  signIn: SignIn;
}

/** Reads the settings from `env`: PUBLISH_HOST (or Netlify's own NETLIFY=true), then the CMS settings. */
export function readPublishSettings(env: Readonly<Record<string, string | undefined>>): PublishSettings {
  const host = env.PUBLISH_HOST?.trim() || (env.NETLIFY === 'true' ? 'netlify' : undefined);
  const cms = readCmsSettings({ ...env });
  return {
    host: host as PublishHost | undefined,
    cms,
    committeeEmail: env.COMMITTEE_EMAIL?.trim() || undefined,
    signIn: signIn(cms),
  };
}

const where = 'réglages de publication';
const problem = (setting: string, text: string, fix: string): ContentProblem => ({ severity: 'error', file: where, subject: `réglage ${setting}`, problem: text, fix });

/** Returns whether `value` is an https address (http only for this machine). */
function isWebAddress(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns what would make a publication wrong or its sign-in fail, each with its fix. `env` is read raw so that a
 * value is checked as the host set it. On a real host (PUBLISH_HOST or Netlify), the example address is an error.
 */
export function publishProblems(env: Readonly<Record<string, string | undefined>>): ContentProblem[] {
  const settings = readPublishSettings(env);
  const problems: ContentProblem[] = [];
  const rawHost = env.PUBLISH_HOST?.trim();
  if (rawHost && !(hosts as readonly string[]).includes(rawHost)) {
    problems.push(problem('PUBLISH_HOST', `« ${rawHost} » n’est pas un hôte connu`, 'donnez-lui la valeur github-pages ou netlify'));
  }
  const site = isWebAddress(settings.cms.siteUrl);
  if (!site) {
    problems.push(problem('SITE_URL', `« ${settings.cms.siteUrl} » n’est pas une adresse https`, 'écrivez l’adresse publique du site, par exemple https://carrefour.exemple.org'));
  } else if (settings.host && settings.cms.siteUrl === defaultSiteUrl) {
    problems.push(problem('SITE_URL', 'le site serait publié avec l’adresse d’exemple', 'écrivez l’adresse publique du site, par exemple https://carrefour.exemple.org'));
  } else if (site.pathname !== '/') {
    problems.push(
      problem(
        'SITE_URL',
        `l’adresse « ${settings.cms.siteUrl} » a un chemin (${site.pathname}) : le site se sert depuis la racine d’un domaine`,
        'donnez au site son propre domaine ou sous-domaine (GitHub Pages : un domaine personnalisé)',
      ),
    );
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(settings.cms.repo)) {
    problems.push(problem('CMS_REPO', `« ${settings.cms.repo} » n’est pas un dépôt GitHub`, 'écrivez propriétaire/nom, par exemple rocqld/carrefour-des-pratiques'));
  }
  if (settings.committeeEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(settings.committeeEmail)) {
    problems.push(problem('COMMITTEE_EMAIL', `« ${settings.committeeEmail} » n’est pas une adresse courriel`, 'écrivez une adresse comme comite@exemple.org'));
  }
  const base = settings.cms.authBaseUrl;
  const auth = base ? isWebAddress(base) : undefined;
  if (base && (!auth || auth.pathname !== '/' || auth.search || auth.hash)) {
    // Decap accepts the signed-in message only from exactly this origin: with a path, the sign-in never ends.
    problems.push(
      problem(
        'CMS_AUTH_BASE_URL',
        `« ${base} » n’est pas l’origine https d’un serveur de connexion`,
        'écrivez seulement https:// et le nom du serveur, sans chemin, par exemple https://sveltia-cms-auth.exemple.workers.dev',
      ),
    );
  }
  if (settings.cms.authEndpoint && /[?#:]/.test(settings.cms.authEndpoint)) {
    problems.push(problem('CMS_AUTH_ENDPOINT', `« ${settings.cms.authEndpoint} » n’est pas un chemin`, 'écrivez le chemin seul, par exemple auth, ou laissez-le vide'));
  }
  if (settings.host === 'github-pages' && !base) {
    problems.push(
      problem(
        'CMS_AUTH_BASE_URL',
        'sur GitHub Pages, la connexion de Netlify ne fonctionne pas (elle ne sert que les sites hébergés chez Netlify)',
        'déployez sveltia-cms-auth et donnez son adresse, par exemple https://sveltia-cms-auth.exemple.workers.dev (docs/mise-en-ligne.md)',
      ),
    );
  }
  return problems;
}
