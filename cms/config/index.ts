import { contentCollections } from '../../src/schema/collections';
import type { CmsSettings } from '../settings';
import { taxonomiesCollection, toCmsCollection } from './collections';
import type { TaxonomyOptions } from './fields';
import type { CmsConfig } from './types';

export type { CmsConfig } from './types';

/** French commit messages; {{collection}} is the collection's singular label. */
const commitMessages = {
  create: 'Nouveau contenu ({{collection}}) : {{slug}}',
  update: 'Modification ({{collection}}) : {{slug}}',
  delete: 'Suppression ({{collection}}) : {{slug}}',
  uploadMedia: 'Téléversement : {{path}}',
  deleteMedia: 'Suppression du fichier : {{path}}',
  openAuthoring: '{{message}}',
};

/**
 * Returns the whole Decap CMS configuration, generated from the schema module (`src/schema/`), the
 * taxonomy values and the backend settings. Nothing in it is written by hand elsewhere.
 */
export function buildCmsConfig(settings: CmsSettings, taxonomies: TaxonomyOptions): CmsConfig {
  return {
    load_config_file: false,
    locale: 'fr',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    show_preview_links: true,
    // Drafts, review and publication: each proposal is a branch and a pull request.
    publish_mode: 'editorial_workflow',
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authBaseUrl ? { base_url: settings.authBaseUrl } : {}),
      ...(settings.authEndpoint ? { auth_endpoint: settings.authEndpoint } : {}),
      // Contributors without write access propose through a fork of the repository.
      open_authoring: true,
      squash_merges: true,
      commit_messages: commitMessages,
    },
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...contentCollections.map((spec) => toCmsCollection(spec, taxonomies)), taxonomiesCollection(taxonomies)],
  };
}

/**
 * Returns the configuration with Decap's local backend pointed at `apiPath` on the page's own origin.
 * Decap only uses it on localhost, where `npm run cms` forwards that path to decap-server.
 */
export function withLocalBackend(config: CmsConfig, origin: string, apiPath: string): CmsConfig {
  return { ...config, local_backend: { url: new URL(apiPath, origin).href } };
}
