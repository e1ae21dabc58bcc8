/**
 * The part of Decap CMS's configuration this project generates.
 * @see https://decapcms.org/docs/configuration-options/ and decap-cms-core's `index.d.ts`
 */

export interface CmsOption {
  label: string;
  value: string;
}

/** One form field. Keys are Decap's own (snake_case); widget-specific keys are optional. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  /** A regular expression the value must match, and the French message shown otherwise. */
  pattern?: [string, string];
  default?: unknown;
  min?: number;
  max?: number;
  /* select, relation */
  multiple?: boolean;
  options?: CmsOption[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  /* object, list */
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  label_singular?: string;
  /* number */
  value_type?: 'int' | 'float';
  step?: number;
  /* datetime */
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  /* carrefour-date: name of the date field this one may not precede */
  not_before?: string;
  /* file, image */
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  /* markdown */
  modes?: ('raw' | 'rich_text')[];
}

interface CmsCollectionFile {
  name: string;
  label: string;
  file: string;
  fields: CmsField[];
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: CmsCollectionFile[];
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  preview_path?: string;
  fields?: CmsField[];
}

interface CmsBackend {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  open_authoring?: boolean;
  cms_label_prefix?: string;
  squash_merges?: boolean;
  commit_messages?: Record<string, string>;
}

export interface CmsConfig {
  load_config_file: false;
  locale: string;
  site_url: string;
  display_url: string;
  show_preview_links: boolean;
  publish_mode: 'editorial_workflow';
  backend: CmsBackend;
  local_backend?: boolean | { url: string; allowed_hosts?: string[] };
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii' | 'unicode'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}
