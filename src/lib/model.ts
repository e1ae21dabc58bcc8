/** Plain data types of the library, as pages and tests use them. */
import type { Kind } from './slugs';

export interface Taxon {
  id: string;
  label: string;
  description?: string | undefined;
}
export interface Region {
  id: string;
  code: string;
  name: string;
}
export interface EvidenceLevel {
  id: string;
  rank: number;
  label: string;
  definition: string;
}
export interface Taxonomies {
  themes: Taxon[];
  audiences: Taxon[];
  regions: Region[];
  evidence: EvidenceLevel[];
}

/** A file offered for download, with what a visitor needs before clicking. */
export interface Attachment {
  title: string;
  path: string;
  extension: string;
  formatName: string;
  bytes: number;
  sizeLabel: string;
}

export interface Organization {
  kind: 'organisme';
  slug: string;
  path: string;
  file: string;
  name: string;
  acronym?: string | undefined;
  region: Region;
  city: string;
  website?: string | undefined;
  email: string;
  phone?: string | undefined;
  mission: string;
  memberSince: number;
  coordinates?: { lat: number; lng: number } | undefined;
  sample: boolean;
}

export type ItemKind = Exclude<Kind, 'organisme'>;

/** A sheet, tool or model, with its references resolved. */
export interface Item {
  kind: ItemKind;
  collection: 'fiches' | 'outils' | 'modeles';
  slug: string;
  path: string;
  file: string;
  title: string;
  summary: string;
  /** Sub-type label: « Fiche de pratique », « Questionnaire », « Modèle logique »… */
  typeLabel: string;
  themes: Taxon[];
  audiences: Taxon[];
  regions: Region[];
  organization?: Organization | undefined;
  evidence?: EvidenceLevel | undefined;
  published: Date;
  reviewed: Date;
  licence: string;
  authors: string[];
  sample: boolean;
  attachments: Attachment[];
  /** Keys (`kind:slug`) of items this one links to or is linked from. */
  links: Set<string>;
  readingMinutes: number;
  /** Markdown body as written. */
  body: string;
  /** Front matter as validated, for fields only one kind has. */
  data: Record<string, unknown>;
}

/** Returns the key that identifies an item across kinds. */
export function itemKey(item: Pick<Item, 'kind' | 'slug'>): string {
  return `${item.kind}:${item.slug}`;
}
