import { committeeCollections, contentCollections } from '../../src/schema/registry';
import type { CmsSettings } from '../settings';
import { taxonomiesCollection, toCmsCollection } from './collections';
import { searchCollection } from './search';
import type { TaxonomyOptions } from './fields';
import type { CmsCollection, CmsConfig, CmsField } from './types';

export type { CmsConfig } from './types';

/** Who a CMS page is for: contributors at /admin/, the committee at /admin/comite/. */
export type Audience = 'contributor' | 'committee';

/**
 * What only the committee sees, the one place that says so: the site's fixed pages, the lists of values,
 * the search's synonyms and the « Exemple fictif » mark.
 */
export const committeeOnly = {
  collections: committeeCollections,
  fields: ['sample'],
} as const;

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
 * Returns `field` as contributors get it: a committee-only field becomes Decap's `hidden` widget, neither
 * shown nor checked, yet still in the form's key order, so a save keeps its value in place (a key missing
 * from the form would be moved up the front matter by Decap's key sort) and a new entry gets its default.
 */
function forContributors(field: CmsField): CmsField {
  if (!(committeeOnly.fields as readonly string[]).includes(field.name)) return field;
  return { name: field.name, label: field.label, widget: 'hidden', required: false, ...(field.default !== undefined ? { default: field.default } : {}) };
}

/** Returns the collections `audience` may change, committee-only fields hidden from contributors. */
function collectionsFor(audience: Audience, collections: CmsCollection[]): CmsCollection[] {
  if (audience === 'committee') return collections;
  return collections
    .filter((collection) => !committeeOnly.collections.includes(collection.name))
    .map((collection) => (collection.fields ? { ...collection, fields: collection.fields.map(forContributors) } : collection));
}

/**
 * Returns the whole Decap CMS configuration, generated from the schema module (`src/schema/`), the
 * taxonomy values and the backend settings. Nothing in it is written by hand elsewhere. The committee's
 * configuration (the default) has everything; the contributors' leaves out `committeeOnly`.
 */
export function buildCmsConfig(settings: CmsSettings, taxonomies: TaxonomyOptions, audience: Audience = 'committee'): CmsConfig {
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
    collections: collectionsFor(audience, [...contentCollections.map((spec) => toCmsCollection(spec, taxonomies)), taxonomiesCollection(taxonomies), searchCollection(taxonomies)]),
  };
}

/**
 * Returns the configuration with Decap's local backend pointed at `apiPath` on the page's own origin.
 * Decap only uses it on localhost, where `npm run cms` forwards that path to decap-server.
 */
export function withLocalBackend(config: CmsConfig, origin: string, apiPath: string): CmsConfig {
  return { ...config, local_backend: { url: new URL(apiPath, origin).href } };
}
