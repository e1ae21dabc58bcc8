import { describe, expect, test } from 'vitest';
import { publishProblems, readPublishSettings, signIn } from '../../src/lib/publish/settings';
import { formatProblem } from '../../src/lib/validation/problem';

const messages = (env: Record<string, string>) => publishProblems(env).map(formatProblem);
const real = { SITE_URL: 'https://carrefour.exemple.org', CMS_REPO: 'reseau/bibliotheque' };

describe('signIn', () => {
  test('without CMS_AUTH_BASE_URL, Decap opens Netlify’s provider, which GitHub calls back at api.netlify.com/auth/done', () => {
    expect(signIn({ authBaseUrl: undefined, authEndpoint: undefined })).toEqual({
      provider: 'netlify',
      authorizeUrl: 'https://api.netlify.com/auth',
      callbackUrl: 'https://api.netlify.com/auth/done',
    });
  });

  test('with an OAuth proxy, the callback is its /callback, and slashes are trimmed as Decap trims them', () => {
    expect(signIn({ authBaseUrl: 'https://sveltia-cms-auth.reseau.workers.dev/', authEndpoint: '/auth/' })).toEqual({
      provider: 'proxy',
      authorizeUrl: 'https://sveltia-cms-auth.reseau.workers.dev/auth',
      callbackUrl: 'https://sveltia-cms-auth.reseau.workers.dev/callback',
    });
  });
});

describe('readPublishSettings', () => {
  test('Netlify is recognized by its own NETLIFY variable; PUBLISH_HOST names the host elsewhere', () => {
    expect(readPublishSettings({ NETLIFY: 'true' }).host).toBe('netlify');
    expect(readPublishSettings({ PUBLISH_HOST: 'github-pages' }).host).toBe('github-pages');
    expect(readPublishSettings({}).host).toBeUndefined();
  });
});

describe('publishProblems', () => {
  test('a local build with the defaults has nothing to fix; a real publication with its own settings neither', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ ...real, NETLIFY: 'true' })).toEqual([]);
    expect(messages({ ...real, PUBLISH_HOST: 'github-pages', CMS_AUTH_BASE_URL: 'https://sveltia-cms-auth.reseau.workers.dev' })).toEqual([]);
  });

  test('a publication with the example address is refused, naming the setting and the fix', () => {
    expect(messages({ NETLIFY: 'true' })).toEqual([
      'réglages de publication — réglage SITE_URL : le site serait publié avec l’adresse d’exemple. Correction : Écrivez l’adresse publique du site, par exemple https://carrefour.exemple.org',
    ]);
  });

  test('GitHub Pages without an OAuth proxy is refused: Netlify’s provider serves only sites hosted at Netlify', () => {
    expect(messages({ ...real, PUBLISH_HOST: 'github-pages' })).toEqual([
      'réglages de publication — réglage CMS_AUTH_BASE_URL : sur GitHub Pages, la connexion de Netlify ne fonctionne pas (elle ne sert que les sites hébergés chez Netlify). Correction : Déployez sveltia-cms-auth et donnez son adresse, par exemple https://sveltia-cms-auth.exemple.workers.dev (docs/mise-en-ligne.md)',
    ]);
  });

  test('an OAuth server given with a path is refused: Decap accepts the sign-in message only from its exact origin', () => {
    expect(messages({ ...real, CMS_AUTH_BASE_URL: 'https://auth.exemple.org/oauth' })).toEqual([
      'réglages de publication — réglage CMS_AUTH_BASE_URL : « https://auth.exemple.org/oauth » n’est pas l’origine https d’un serveur de connexion. Correction : Écrivez seulement https:// et le nom du serveur, sans chemin, par exemple https://sveltia-cms-auth.exemple.workers.dev',
    ]);
    expect(messages({ ...real, CMS_AUTH_BASE_URL: 'http://auth.exemple.org' })).toHaveLength(1);
  });

  test('every malformed setting is reported at once, each by its name', () => {
    const found = publishProblems({
      PUBLISH_HOST: 'gitlab',
      SITE_URL: 'carrefour.exemple.org',
      CMS_REPO: 'bibliotheque',
      COMMITTEE_EMAIL: 'comite',
      CMS_AUTH_BASE_URL: 'https://auth.exemple.org',
      CMS_AUTH_ENDPOINT: 'https://auth.exemple.org/auth',
    }).map((problem) => problem.subject);
    expect(found).toEqual(['réglage PUBLISH_HOST', 'réglage SITE_URL', 'réglage CMS_REPO', 'réglage COMMITTEE_EMAIL', 'réglage CMS_AUTH_ENDPOINT']);
  });

  test('a site address with a path is refused: the site is served from the root of its domain', () => {
    expect(messages({ ...real, SITE_URL: 'https://reseau.github.io/carrefour/' })[0]).toContain(
      'réglage SITE_URL : l’adresse « https://reseau.github.io/carrefour/ » a un chemin (/carrefour/)',
    );
  });
});
