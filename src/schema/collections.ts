import type { CollectionSpec, Field } from './fields';
import { costOptions, licenceOptions, modelTypeOptions, toolTypeOptions } from './options';
import { eventFormatOptions, recurrenceOptions } from './event-options';

/* Fields shared by several content types. */

/** Documents contributors can attach: PDF to read and print, and editable office formats. */
const documentExtensions = ['pdf', 'docx', 'odt', 'xlsx', 'ods', 'pptx', 'odp'] as const;
/** Images a web page can show. */
const imageExtensions = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;

const title = {
  name: 'title',
  label: 'Titre',
  hint: 'Un titre court et parlant, sans sigle inexpliqué.',
  widget: 'string',
  required: true,
  min: 3,
  max: 120,
} as const satisfies Field;
const summary = {
  name: 'summary',
  label: 'Résumé',
  hint: 'En une ou deux phrases : pour qui, et ce que ça change. 300 caractères au plus.',
  widget: 'text',
  required: true,
  min: 20,
  max: 300,
} as const satisfies Field;
const themes = {
  name: 'themes',
  label: 'Thèmes',
  hint: 'De un à trois thèmes.',
  widget: 'select',
  options: { taxonomy: 'themes' },
  multiple: true,
  required: true,
  min: 1,
  max: 3,
} as const satisfies Field;
const audiences = <const Required extends boolean>(required: Required) =>
  ({
    name: 'audiences',
    label: 'Publics',
    hint: 'À qui s’adresse la pratique ou l’outil.',
    widget: 'select',
    options: { taxonomy: 'audiences' },
    multiple: true,
    required,
    min: required ? 1 : 0,
  }) as const satisfies Field;
const organization = <const Required extends boolean>(required: Required) =>
  ({
    name: 'organization',
    label: 'Organisme',
    hint: 'L’organisme membre qui partage ce contenu.',
    widget: 'relation',
    collection: 'organismes',
    multiple: false,
    required,
  }) as const satisfies Field;
const relatedSheets = {
  name: 'relatedSheets',
  label: 'Fiches de pratique liées',
  widget: 'relation',
  collection: 'fiches',
  multiple: true,
  required: false,
} as const satisfies Field;
const published = {
  name: 'published',
  label: 'Date de publication',
  widget: 'date',
  required: true,
} as const satisfies Field;
const reviewed = {
  name: 'reviewed',
  label: 'Dernière révision',
  hint: 'Date à laquelle le contenu a été relu et confirmé à jour.',
  widget: 'date',
  required: true,
  notBefore: 'published',
} as const satisfies Field;
const licence = {
  name: 'licence',
  label: 'Licence',
  hint: 'Par défaut CC BY-NC-SA 4.0 : partage et adaptation permis, sans usage commercial.',
  widget: 'select',
  options: licenceOptions,
  multiple: false,
  required: true,
  default: 'cc-by-nc-sa-4.0',
} as const satisfies Field;
const authors = {
  name: 'authors',
  label: 'Auteurs et autrices',
  labelSingular: 'Auteur ou autrice',
  hint: 'Facultatif : un organisme peut signer seul.',
  widget: 'string-list',
  required: false,
} as const satisfies Field;
const sample = {
  name: 'sample',
  label: 'Exemple fictif',
  hint: 'Cochez si le contenu est inventé pour illustrer la bibliothèque.',
  widget: 'boolean',
  required: false,
  default: false,
} as const satisfies Field;
/** What backs a sheet's evidence level, shown beside it: what was measured, how, by whom, and when it was checked. */
const evaluation = {
  name: 'evaluation',
  label: 'Évaluation des effets',
  hint: 'Facultatif : remplissez-la si des résultats ont été recueillis. Elle paraît à côté du niveau de preuve.',
  widget: 'object',
  required: false,
  fields: [
    {
      name: 'measured',
      label: 'Ce qui a été mesuré',
      hint: 'Par exemple : les absences et le sentiment d’appartenance des élèves.',
      widget: 'text',
      required: true,
      min: 10,
      max: 240,
    },
    {
      name: 'method',
      label: 'Méthode',
      hint: 'Comment : sondage de satisfaction, questionnaire avant-après, comparaison avec un groupe qui n’a pas participé, registres de l’école…',
      widget: 'text',
      required: true,
      min: 10,
      max: 240,
    },
    {
      name: 'evaluator',
      label: 'Évaluation menée par',
      hint: 'L’organisme lui-même, ou le nom du partenaire évaluateur ou de l’équipe de recherche.',
      widget: 'string',
      required: true,
      min: 3,
      max: 160,
    },
    {
      name: 'reviewed',
      label: 'Vérifiée le',
      hint: 'Date à laquelle le niveau de preuve et ces précisions ont été vérifiés (par l’organisme ou par le comité).',
      widget: 'date',
      required: true,
    },
  ],
} as const satisfies Field;
const fileList = <const Name extends string, const Required extends boolean>(name: Name, [label, labelSingular]: [string, string], folder: string, required: Required) =>
  ({
    name,
    label,
    labelSingular,
    hint: 'PDF pour lire et imprimer, et un format modifiable (DOCX, ODT, XLSX…) si possible.',
    widget: 'list',
    required,
    min: required ? 1 : 0,
    fields: [
      { name: 'title', label: 'Nom du fichier', widget: 'string', required: true, max: 120 },
      { name: 'file', label: 'Fichier', widget: 'file', folder, accept: documentExtensions, required: true },
    ],
  }) as const satisfies Field;

export const fiches = {
  name: 'fiches',
  label: 'Fiches de pratique',
  labelSingular: 'Fiche de pratique',
  folder: 'fiches',
  extension: 'mdx',
  bodySections: ['Contexte et besoins', 'Objectifs', 'Déroulement', 'Conditions de réussite', 'Résultats observés', 'Défis et adaptations', 'Pour en savoir plus'],
  fields: [
    title,
    summary,
    themes,
    audiences(true),
    {
      name: 'regions',
      label: 'Régions',
      hint: 'Les régions administratives où la pratique est menée.',
      widget: 'select',
      options: { taxonomy: 'regions' },
      multiple: true,
      required: true,
      min: 1,
    },
    organization(true),
    {
      name: 'evidence',
      label: 'Niveau de preuve',
      hint: 'Voir l’échelle des preuves de la communauté.',
      widget: 'select',
      options: { taxonomy: 'evidence' },
      multiple: false,
      required: true,
    },
    evaluation,
    {
      name: 'duration',
      label: 'Durée et fréquence',
      hint: 'Par exemple : dix rencontres de 90 minutes, une fois par semaine.',
      widget: 'string',
      required: false,
      max: 160,
    },
    { name: 'groupSize', label: 'Taille du groupe', widget: 'string', required: false, max: 80 },
    {
      name: 'resources',
      label: 'Ressources nécessaires',
      widget: 'object',
      required: false,
      fields: [
        { name: 'human', label: 'Ressources humaines', widget: 'string', required: false, max: 240 },
        { name: 'material', label: 'Ressources matérielles', widget: 'string', required: false, max: 240 },
        { name: 'financial', label: 'Ressources financières', widget: 'string', required: false, max: 240 },
      ],
    },
    {
      name: 'cost',
      label: 'Coût approximatif',
      widget: 'select',
      options: costOptions,
      multiple: false,
      required: true,
    },
    {
      name: 'relatedTools',
      label: 'Outils liés',
      widget: 'relation',
      collection: 'outils',
      multiple: true,
      required: false,
    },
    {
      name: 'relatedModels',
      label: 'Modèles liés',
      widget: 'relation',
      collection: 'modeles',
      multiple: true,
      required: false,
    },
    fileList('attachments', ['Pièces jointes', 'Pièce jointe'], '/fichiers/fiches', false),
    {
      name: 'cover',
      label: 'Image de couverture',
      widget: 'object',
      required: false,
      fields: [
        { name: 'image', label: 'Image', widget: 'image', folder: '/images/fiches', accept: imageExtensions, required: true },
        {
          name: 'alt',
          label: 'Texte de remplacement',
          hint: 'Décrivez l’image pour les personnes qui ne la voient pas.',
          widget: 'string',
          required: true,
          min: 5,
          max: 200,
        },
      ],
    },
    published,
    reviewed,
    licence,
    authors,
    sample,
  ],
} as const satisfies CollectionSpec;

export const outils = {
  name: 'outils',
  label: 'Outils',
  labelSingular: 'Outil',
  folder: 'outils',
  extension: 'mdx',
  bodySections: ['À quoi sert cet outil', 'Comment l’utiliser', 'Adapter l’outil'],
  fields: [
    title,
    summary,
    {
      name: 'toolType',
      label: 'Type d’outil',
      widget: 'select',
      options: toolTypeOptions,
      multiple: false,
      required: true,
    },
    themes,
    audiences(true),
    organization(true),
    fileList('files', ['Fichiers', 'Fichier'], '/fichiers/outils', true),
    relatedSheets,
    published,
    reviewed,
    licence,
    authors,
    sample,
  ],
} as const satisfies CollectionSpec;

export const modeles = {
  name: 'modeles',
  label: 'Modèles',
  labelSingular: 'Modèle',
  folder: 'modeles',
  extension: 'mdx',
  bodySections: ['En quoi consiste le modèle', 'Fondements', 'Mise en application', 'Limites'],
  fields: [
    title,
    summary,
    {
      name: 'modelType',
      label: 'Type de modèle',
      widget: 'select',
      options: modelTypeOptions,
      multiple: false,
      required: true,
    },
    themes,
    audiences(false),
    organization(false),
    {
      name: 'references',
      label: 'Références',
      labelSingular: 'Référence',
      hint: 'Une référence bibliographique par ligne.',
      widget: 'string-list',
      required: true,
      min: 1,
    },
    relatedSheets,
    published,
    reviewed,
    licence,
    sample,
  ],
} as const satisfies CollectionSpec;

export const organismes = {
  name: 'organismes',
  label: 'Organismes',
  labelSingular: 'Organisme',
  folder: 'organismes',
  extension: 'yml',
  bodySections: [],
  fields: [
    { name: 'name', label: 'Nom', widget: 'string', required: true, min: 2, max: 120 },
    { name: 'acronym', label: 'Sigle', widget: 'string', required: false, max: 12 },
    {
      name: 'region',
      label: 'Région',
      widget: 'select',
      options: { taxonomy: 'regions' },
      multiple: false,
      required: true,
    },
    { name: 'city', label: 'Ville', widget: 'string', required: true, max: 80 },
    { name: 'website', label: 'Site Web', widget: 'string', format: 'url', required: false },
    {
      name: 'email',
      label: 'Courriel public',
      hint: 'Une adresse générale de l’organisme, jamais celle d’une personne.',
      widget: 'string',
      format: 'email',
      required: true,
    },
    { name: 'phone', label: 'Téléphone', widget: 'string', required: false, max: 40 },
    {
      name: 'mission',
      label: 'Mission',
      hint: 'En une à trois phrases. 400 caractères au plus.',
      widget: 'text',
      required: true,
      min: 20,
      max: 400,
    },
    {
      name: 'memberSince',
      label: 'Membre depuis (année)',
      widget: 'number',
      integer: true,
      min: 2006,
      max: 2100,
      required: true,
    },
    {
      name: 'coordinates',
      label: 'Coordonnées géographiques',
      widget: 'object',
      required: false,
      fields: [
        { name: 'lat', label: 'Latitude', widget: 'number', min: 44, max: 63, required: true },
        { name: 'lng', label: 'Longitude', widget: 'number', min: -80, max: -56, required: true },
      ],
    },
    sample,
  ],
} as const satisfies CollectionSpec;

export const rencontres = {
  name: 'rencontres',
  label: 'Rencontres',
  labelSingular: 'Rencontre',
  folder: 'rencontres',
  extension: 'mdx',
  bodySections: ['Programme', 'Pour qui', 'Informations pratiques'],
  fields: [
    title,
    summary,
    {
      name: 'format',
      label: 'Formule',
      hint: 'En personne : indiquez le lieu. En ligne : le lien. Hybride : les deux.',
      widget: 'select',
      options: eventFormatOptions,
      multiple: false,
      required: true,
    },
    {
      name: 'date',
      label: 'Date',
      hint: 'Le jour de la rencontre (le premier jour, si elle en dure plusieurs), AAAA-MM-JJ.',
      widget: 'date',
      required: true,
    },
    // Times are local to Québec (America/Toronto), written HH:MM on the 24-hour clock, never converted.
    { name: 'startTime', label: 'Heure de début', hint: 'Heure du Québec, sur 24 heures : 09:00, 13:30.', widget: 'string', format: 'time', required: true },
    {
      name: 'endDate',
      label: 'Date de fin',
      hint: 'Seulement si la rencontre dure plusieurs jours.',
      widget: 'date',
      required: false,
      notBefore: 'date',
    },
    { name: 'endTime', label: 'Heure de fin', hint: 'Facultative. Heure du Québec, sur 24 heures : 16:00.', widget: 'string', format: 'time', required: false },
    {
      name: 'recurrence',
      label: 'Récurrence',
      hint: 'Pour une rencontre qui revient chaque année à la même date : le site annonce toujours la prochaine.',
      widget: 'select',
      options: recurrenceOptions,
      multiple: false,
      required: false,
    },
    {
      name: 'place',
      label: 'Lieu',
      hint: 'Pour une rencontre en personne ou hybride.',
      widget: 'object',
      required: false,
      fields: [
        { name: 'venue', label: 'Nom du lieu', hint: 'Par exemple : Salle communautaire de l’église Saint-Pierre.', widget: 'string', required: true, min: 3, max: 120 },
        { name: 'address', label: 'Adresse', widget: 'string', required: true, min: 5, max: 160 },
        { name: 'city', label: 'Ville', widget: 'string', required: true, max: 80 },
        { name: 'region', label: 'Région', widget: 'select', options: { taxonomy: 'regions' }, multiple: false, required: true },
      ],
    },
    {
      name: 'onlineLink',
      label: 'Lien de la rencontre en ligne',
      hint: 'Pour une rencontre en ligne ou hybride : l’adresse de la visioconférence ou de la page qui la donne.',
      widget: 'string',
      format: 'url',
      required: false,
    },
    organization(true),
    themes,
    {
      name: 'registration',
      label: 'Lien d’inscription',
      hint: 'Facultatif : la page où s’inscrire.',
      widget: 'string',
      format: 'url',
      required: false,
    },
    published,
    sample,
  ],
} as const satisfies CollectionSpec;

export const pages = {
  name: 'pages',
  label: 'Pages',
  labelSingular: 'Page',
  folder: 'pages',
  extension: 'mdx',
  bodySections: [],
  fields: [
    title,
    {
      name: 'description',
      label: 'Description',
      hint: 'Une phrase qui présente la page (moteurs de recherche, partage).',
      widget: 'text',
      required: true,
      max: 200,
    },
  ],
} as const satisfies CollectionSpec;
