/**
 * The registry of kinds of content, taxonomies and facets: one entry per kind says where its files live,
 * which address its pages take, how French names it and which of its fields are links, files, taxonomies
 * or facets. Routes, listings, cache keys, search filters, the CMS, the validator, open data and feeds
 * read it; adding a kind is one entry in `kinds` plus its fields in `collections.ts`.
 */
import { appels, fiches, modeles, organismes, outils, pages, recits, rencontres } from './collections';
import type { CollectionSpec, Field, TaxonomyName } from './fields';
import { taxonomyFields } from './taxonomies';
import { synonymsFile } from './synonyms';

/** Facets: the ways a listing of a kind can be narrowed; keys are also path segments and search parameters. */
export const facets = {
  theme: { label: 'Thème', taxonomy: 'themes' },
  region: { label: 'Région', taxonomy: 'regions' },
  public: { label: 'Public', taxonomy: 'audiences' },
  preuve: { label: 'Niveau de preuve', taxonomy: 'evidence' },
  type: { label: 'Type' },
  organisme: { label: 'Organisme' },
} as const satisfies Record<string, { label: string; taxonomy?: TaxonomyName }>;
export type FacetKey = keyof typeof facets;

/** How French names a kind of entry. */
interface Nouns {
  /** « fiche de pratique », « outil » */
  one: string;
  /** « fiches de pratique », « outils » */
  many: string;
  /** Title of its section and menu entry: « Pratiques », « Outils ». */
  section: string;
  /** One sentence under the title of its listing. */
  intro: string;
  /** What a reference to one of them must name, for messages: « une fiche de pratique ». */
  target: string;
  /** Warning when a new entry's title gives an address already taken. */
  taken: string;
  /** How a sentence of its page points at it: « cette fiche », « cet outil ». */
  this: string;
  /** Label of its publication date, agreeing with its gender: « Publiée le », « Publié le ». */
  published: string;
  /** For kinds reports can be about: « Essayée », « Essayé » (« Essayée par 3 organismes dans 2 régions »). */
  tried?: string;
}

export interface KindSpec {
  spec: CollectionSpec;
  /** First segment of the addresses of its pages: `/pratiques/<slug>/`. */
  route: string;
  nouns: Nouns;
  /** Listed, browsed by facets and related to one another (sheets, tools, models); organizations are not. */
  listed: boolean;
  /** Where the library and the open data keep this kind's entries. */
  group: string;
  /** The sub-type shown on cards: a fixed label, or the select field whose option label it is. */
  typeLabel: { label: string } | { field: string };
  /** The facets its listings are browsed by, in the order the « Parcourir » box shows them (`facets` below). */
  facets: readonly FacetKey[];
  /** Fields « En bref » shows at the top of its pages, in order (texts and choices). */
  briefFields: readonly string[];
  /** Whether its pages show « Qui d’autre travaille sur ces thèmes? » (organizations sharing entries of this kind on its themes). */
  showsPeers: boolean;
  /** The field that names an entry (its title), and those a CMS relation searches. */
  titleField: string;
  searchFields: readonly string[];
  /**
   * Optional. Entries happen at a date (events): their listing splits them into upcoming and past relative to
   * the build date, with these headings, and each has a calendar file (`src/lib/events.ts`, `src/lib/ical.ts`).
   */
  dated?: { upcoming: string; past: string };
  /**
   * For a kind attached to entries of other kinds (a report is about a sheet or a tool): its relation fields
   * that name that entry, one per kind, of which an entry fills exactly one (`exactlyOneOf` in its fields).
   */
  attachedTo?: readonly string[];
  /** False keeps the kind out of the site's main menu (its pages are linked from the home page or the entries it is attached to). */
  inMenu?: boolean;
}

export const kinds = {
  fiche: {
    spec: fiches,
    route: 'pratiques',
    nouns: {
      one: 'fiche de pratique',
      many: 'fiches de pratique',
      section: 'Pratiques',
      intro: 'Des fiches de pratique rédigées par les organismes du réseau : le contexte, le déroulement, ce qui fonctionne et ce qu’il faut adapter.',
      target: 'une fiche de pratique',
      taken: 'Une fiche porte déjà ce titre',
      this: 'cette fiche',
      published: 'Publiée le',
      tried: 'Essayée',
    },
    listed: true,
    group: 'sheets',
    facets: ['theme', 'region', 'public', 'preuve', 'organisme'],
    showsPeers: true,
    briefFields: ['duration', 'groupSize', 'cost'],
    typeLabel: { label: 'Fiche de pratique' },
    titleField: 'title',
    searchFields: ['title', 'summary'],
  },
  outil: {
    spec: outils,
    route: 'outils',
    nouns: {
      one: 'outil',
      many: 'outils',
      section: 'Outils',
      intro: 'Des grilles, questionnaires, guides et gabarits prêts à télécharger, à imprimer et à adapter.',
      target: 'un outil',
      taken: 'Un outil porte déjà ce titre',
      this: 'cet outil',
      published: 'Publié le',
      tried: 'Essayé',
    },
    listed: true,
    group: 'tools',
    facets: ['type', 'theme', 'region', 'public', 'organisme'],
    showsPeers: false,
    briefFields: [],
    typeLabel: { field: 'toolType' },
    titleField: 'title',
    searchFields: ['title', 'summary'],
  },
  modele: {
    spec: modeles,
    route: 'modeles',
    nouns: {
      one: 'modèle',
      many: 'modèles',
      section: 'Modèles',
      intro: 'Des modèles d’intervention, modèles logiques, cadres théoriques et politiques types pour structurer et expliquer vos actions.',
      target: 'un modèle',
      taken: 'Un modèle porte déjà ce titre',
      this: 'ce modèle',
      published: 'Publié le',
    },
    listed: true,
    group: 'models',
    facets: ['type', 'theme', 'region', 'public', 'organisme'],
    showsPeers: false,
    briefFields: [],
    typeLabel: { field: 'modelType' },
    titleField: 'title',
    searchFields: ['title', 'summary'],
  },
  organisme: {
    spec: organismes,
    route: 'organismes',
    nouns: {
      one: 'organisme',
      many: 'organismes',
      section: 'Organismes',
      intro: 'Les organismes communautaires membres du réseau, région par région.',
      target: 'un organisme',
      taken: 'Un organisme porte déjà ce nom',
      this: 'cet organisme',
      published: 'Publié le',
    },
    listed: false,
    group: 'organizations',
    facets: [],
    showsPeers: false,
    briefFields: [],
    typeLabel: { label: 'Organisme' },
    titleField: 'name',
    searchFields: ['name', 'acronym', 'city'],
  },
  rencontre: {
    spec: rencontres,
    route: 'rencontres',
    nouns: {
      one: 'rencontre',
      many: 'rencontres',
      section: 'Rencontres',
      intro: 'Rencontres nationales, webinaires et tables régionales du réseau : pour se voir, apprendre ensemble et sortir de sa région.',
      target: 'une rencontre',
      taken: 'Une rencontre porte déjà ce titre',
      this: 'cette rencontre',
      published: 'Annoncée le',
    },
    listed: false,
    group: 'events',
    facets: [],
    showsPeers: false,
    briefFields: [],
    typeLabel: { field: 'format' },
    titleField: 'title',
    searchFields: ['title', 'summary'],
    dated: { upcoming: 'À venir', past: 'Passées' },
    inMenu: false,
  },
  recit: {
    spec: recits,
    route: 'experiences',
    nouns: {
      one: 'récit d’expérience',
      many: 'récits d’expérience',
      section: 'Nous l’avons essayé',
      intro: 'Des organismes du réseau racontent comment ils ont essayé une fiche ou un outil : avec qui, ce qu’ils ont adapté, ce que ça a donné.',
      target: 'un récit d’expérience',
      taken: 'Un récit porte déjà ce titre',
      this: 'ce récit',
      published: 'Publié le',
    },
    listed: false,
    group: 'reports',
    facets: [],
    showsPeers: false,
    briefFields: [],
    typeLabel: { label: 'Récit d’expérience' },
    titleField: 'title',
    searchFields: ['title', 'period'],
    attachedTo: ['sheet', 'tool'],
    inMenu: false,
  },
  appel: {
    spec: appels,
    route: 'appels',
    nouns: {
      one: 'appel à la communauté',
      many: 'appels à la communauté',
      section: 'Appels à la communauté',
      intro: 'Des questions que des organismes posent au réseau, et les pratiques, outils et contacts que d’autres leur proposent.',
      target: 'un appel à la communauté',
      taken: 'Un appel porte déjà cette question',
      this: 'cet appel',
      published: 'Publié le',
    },
    listed: false,
    group: 'questions',
    facets: ['theme', 'region'],
    showsPeers: false,
    briefFields: [],
    typeLabel: { label: 'Appel à la communauté' },
    titleField: 'title',
    searchFields: ['title'],
    inMenu: false,
  },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof kinds;
type KindsWhere<Condition> = { [K in Kind]: (typeof kinds)[K] extends Condition ? K : never }[Kind];
/** Kinds that are listed and browsed: sheets, tools, models. */
export type ItemKind = KindsWhere<{ listed: true }>;
/** Kinds the main menu and the home page's counts name: every kind but those the registry keeps out (`inMenu: false`). */
export type MenuKind = Exclude<Kind, KindsWhere<{ inMenu: false }>>;
/** The collection of each kind: `fiches` for `fiche`. */
export type CollectionOf<K extends Kind> = (typeof kinds)[K]['spec']['name'];

/** The keys of a registry, typed (`Object.keys` only knows they are strings). */
function keysOf<T extends object>(registry: T): (keyof T & string)[] {
  return Object.keys(registry) as (keyof T & string)[];
}

const kindNames = keysOf(kinds);
/** A kind's entry, seen through the optional properties only some kinds set. */
const specOf = (kind: Kind): KindSpec => kinds[kind];
/** Every kind, in the registry's order. */
export const allKinds: readonly Kind[] = kindNames;
/** Kinds the main menu and the home page's counts name, in the registry's order. */
export const menuKinds = kindNames.filter((kind): kind is MenuKind => specOf(kind).inMenu !== false);
/** The other kinds (events, reports, questions): the footer names them, in the registry's order. */
export const unlistedInMenu = kindNames.filter((kind) => specOf(kind).inMenu === false);
/** Kinds that are listed and browsed, in the registry's order. */
export const itemKinds = kindNames.filter((kind): kind is ItemKind => kinds[kind].listed);

/** The kind of entry each collection holds, by collection name (`fiches` → `fiche`). */
export const collectionKinds: Readonly<Record<string, Kind>> = Object.fromEntries(kindNames.map((kind) => [kinds[kind].spec.name, kind]));

/** Every content collection, in the order the CMS shows them: each kind's, then the editorial pages. */
export const contentCollections: readonly CollectionSpec[] = [...kindNames.map((kind) => kinds[kind].spec), pages];

/** Collections only the network's committee changes: they open in its CMS page, /admin/comite/. */
export const committeeCollections: readonly string[] = [pages.name, 'taxonomies', synonymsFile.collection];

export interface TaxonomySpec {
  /** French title of its list, « Thèmes », and of one value, « Thème ». */
  label: string;
  labelSingular: string;
  fields: readonly Field[];
  /** What a reference to one of its values must name, for messages: « un thème ». */
  target: string;
  /** Path segment of its browsable pages, when it has some: `/regions/estrie/`. */
  route?: string;
  /** The field that names a value, and the field of its official code shown beside it in forms (« Estrie (05) »). */
  labelField: string;
  codeField?: string;
}

export const taxonomies = {
  themes: { label: 'Thèmes', labelSingular: 'Thème', fields: taxonomyFields.themes, target: 'un thème', route: 'themes', labelField: 'label' },
  audiences: { label: 'Publics', labelSingular: 'Public', fields: taxonomyFields.audiences, target: 'un public', route: 'publics', labelField: 'label' },
  evidence: { label: 'Niveaux de preuve', labelSingular: 'Niveau de preuve', fields: taxonomyFields.evidence, target: 'un niveau de preuve', labelField: 'label' },
  regions: {
    label: 'Régions administratives',
    labelSingular: 'Région administrative',
    fields: taxonomyFields.regions,
    target: 'une région',
    route: 'regions',
    labelField: 'name',
    codeField: 'code',
  },
} as const satisfies Record<TaxonomyName, TaxonomySpec>;

/** Every taxonomy, in the registry's order. */
export const taxonomyNames: readonly TaxonomyName[] = keysOf(taxonomies);
/** Taxonomies with browsable pages. */
export type BrowsableTaxonomy = { [T in TaxonomyName]: (typeof taxonomies)[T] extends { route: string } ? T : never }[TaxonomyName];
export const browsableTaxonomies = taxonomyNames.filter((name): name is BrowsableTaxonomy => 'route' in taxonomies[name]);
