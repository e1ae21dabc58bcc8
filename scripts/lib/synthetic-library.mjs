// Writes a synthetic library of N practice sheets, valid against the real schema, for benchmarks.
// Taxonomies, organizations, tools, models, pages and the search’s synonyms are copied from the shipped library, so every
// reference resolves; sheets get realistic French text, lists, tables and attachments.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

/** Deterministic pseudo-random numbers (mulberry32), so two runs write the same library. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const activities = [
  'Ateliers',
  'Club',
  'Parcours',
  'Rencontres',
  'Projet',
  'Soirées',
  'Programme',
  'Cercle',
  'Laboratoire',
  'Brigade',
  'Escouade',
  'Café',
  'Défi',
  'Camp',
  'Studio',
];
const topics = [
  'de lecture en famille',
  'd’aide aux devoirs',
  'de mentorat',
  'de retour aux études',
  'd’orientation',
  'de théâtre',
  'de robotique',
  'de cuisine collective',
  'de plein air',
  'de persévérance',
  'd’écriture',
  'de mathématiques ludiques',
  'de sport-études',
  'de jardinage',
  'd’entrepreneuriat jeunesse',
  'de prévention de l’anxiété',
  'de transition au secondaire',
  'de bénévolat',
  'de radio étudiante',
  'de photographie',
];
const places = [
  'au quartier',
  'à la bibliothèque',
  'à l’école secondaire',
  'au centre communautaire',
  'en milieu rural',
  'à la maison des jeunes',
  'au parc',
  'au cégep',
  'en ligne',
  'au centre d’éducation des adultes',
];
const subjects = [
  'Les jeunes',
  'Les parents',
  'Les animateurs',
  'Les intervenants',
  'Les bénévoles',
  'Les enseignants',
  'Les partenaires',
  'Les élèves de 3e secondaire',
  'Les familles',
  'Les directions d’école',
];
const verbs = ['préparent', 'animent', 'découvrent', 'évaluent', 'planifient', 'organisent', 'discutent de', 'partagent', 'reprennent', 'soutiennent', 'documentent', 'célèbrent'];
const objects = [
  'un plan de réussite personnalisé',
  'les devoirs de la semaine',
  'un projet de quartier',
  'leurs inquiétudes face aux examens',
  'un stage d’un jour',
  'la rentrée scolaire',
  'un carnet de bord',
  'les progrès en lecture',
  'une sortie en forêt',
  'un repas partagé',
  'la conciliation études-travail',
  'le retour en formation',
  'un portfolio de compétences',
  'les résultats du bulletin',
  'une rencontre avec un employeur',
];
const endings = [
  'chaque semaine',
  'après les fêtes',
  'avant la fin de l’étape',
  'avec un animateur',
  'en petits groupes',
  'sans pression',
  'dans un local chaleureux',
  'pendant la relâche',
  'au printemps',
  'avec l’appui de la municipalité',
  'à leur rythme',
  'en collaboration avec l’école',
];
const sections = ['Contexte et besoins', 'Objectifs', 'Déroulement', 'Conditions de réussite', 'Résultats observés', 'Défis et adaptations', 'Pour en savoir plus'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const sample = (rand, list, count) => [...list].sort(() => rand() - 0.5).slice(0, count);
const sentence = (rand) => `${pick(rand, subjects)} ${pick(rand, verbs)} ${pick(rand, objects)} ${pick(rand, endings)}.`;
const paragraph = (rand, count) => Array.from({ length: count }, () => sentence(rand)).join(' ');
const ids = (file, key) => parse(readFileSync(file, 'utf8'))[key].map((entry) => entry.id);
const slugsIn = (dir, extension) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length));

/** Returns the MDX text of synthetic sheet number `i`. */
function sheet(rand, i, refs) {
  const title = `${pick(rand, activities)} ${pick(rand, topics)} ${pick(rand, places)} no ${i + 1}`;
  const year = 2019 + Math.floor(rand() * 7);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const list = (key, values) => (values.length ? `${key}:\n${values.map((v) => `  - ${v}`).join('\n')}\n` : '');
  const front = [
    `title: ${title}`,
    `summary: ${paragraph(rand, 2)}`,
    list('themes', sample(rand, refs.themes, 1 + Math.floor(rand() * 3))).trimEnd(),
    list('audiences', sample(rand, refs.audiences, 1 + Math.floor(rand() * 2))).trimEnd(),
    list('regions', sample(rand, refs.regions, 1 + Math.floor(rand() * 2))).trimEnd(),
    `organization: ${pick(rand, refs.organizations)}`,
    `evidence: ${pick(rand, refs.evidence)}`,
    `duration: ${1 + Math.floor(rand() * 12)} rencontres de 90 minutes`,
    `groupSize: ${4 + Math.floor(rand() * 8)} à ${12 + Math.floor(rand() * 10)} jeunes`,
    `cost: ${pick(rand, ['gratuit', 'moins-de-500', '500-a-5000', 'plus-de-5000'])}`,
    rand() < 0.3 ? list('relatedTools', sample(rand, refs.tools, 1)).trimEnd() : '',
    rand() < 0.2 ? list('relatedModels', sample(rand, refs.models, 1)).trimEnd() : '',
    rand() < 0.1
      ? 'attachments:\n  - title: Ordre du jour type\n    file: /fichiers/fiches/table-locale-de-concertation-en-perseverance-scolaire/ordre-du-jour-table-locale.pdf'
      : '',
    `published: ${year}-${month}-${day}`,
    `reviewed: ${year + 1}-${month}-${day}`,
    'licence: cc-by-nc-sa-4.0',
    'sample: true',
  ].filter(Boolean);
  const body = sections.map((heading, s) => {
    if (s === 1) return `## ${heading}\n\n${Array.from({ length: 4 }, () => `- ${sentence(rand)}`).join('\n')}\n`;
    if (s === 2) {
      const rows = Array.from({ length: 4 }, (_, w) => `| Semaine ${w + 1} | ${pick(rand, objects)} | ${pick(rand, endings)} |`);
      return `## ${heading}\n\n${paragraph(rand, 3)}\n\n| Étape | Activité | Modalité |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    }
    return `## ${heading}\n\n${paragraph(rand, 4)}\n\n${paragraph(rand, 3)}\n`;
  });
  return `---\n${front.join('\n')}\n---\n${body.join('\n')}`;
}

/** The community's kinds, with how many of each a library of `count` sheets gets and how one is written. */
export const communityKinds = {
  recits: { per: (count) => Math.floor(count / 2), write: report },
  appels: { per: (count) => Math.floor(count / 10), write: question },
  rencontres: { per: (count) => Math.floor(count / 20), write: event },
};

const isoDate = (rand, from) => `${from + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;

/** An experience report about one of the synthetic sheets. */
function report(rand, i, refs) {
  return [
    '---',
    `title: ${pick(rand, activities)} ${pick(rand, topics)} essayé ${pick(rand, places)} no ${i + 1}`,
    `sheet: ${pick(rand, refs.sheets)}`,
    `organization: ${pick(rand, refs.organizations)}`,
    `region: ${pick(rand, refs.regions)}`,
    `period: automne ${2020 + Math.floor(rand() * 6)}`,
    `audiences:\n  - ${pick(rand, refs.audiences)}`,
    `group: ${4 + Math.floor(rand() * 20)} jeunes de ${pick(rand, places)}`,
    `adapted: ${sentence(rand)}`,
    `outcome: ${sentence(rand)}`,
    `recommend: ${pick(rand, ['oui', 'avec-adaptations', 'non'])}`,
    `published: ${isoDate(rand, 2023)}`,
    'sample: true',
    '---',
    paragraph(rand, 3),
    '',
  ].join('\n');
}

/** A question to the network, open, with the body's three sections. */
function question(rand, i, refs) {
  return [
    '---',
    `title: Comment ${pick(rand, verbs)} ${pick(rand, objects)} no ${i + 1}?`,
    `organization: ${pick(rand, refs.organizations)}`,
    `themes:\n  - ${pick(rand, refs.themes)}`,
    `audiences:\n  - ${pick(rand, refs.audiences)}`,
    `region: ${pick(rand, refs.regions)}`,
    'status: ouvert',
    `published: ${isoDate(rand, 2023)}`,
    'sample: true',
    '---',
    `## La situation\n${paragraph(rand, 3)}\n\n## Ce que nous avons essayé\n${paragraph(rand, 2)}\n\n## Ce que nous cherchons\n${paragraph(rand, 2)}`,
    '',
  ].join('\n');
}

/** An online event within a year before or ten months after today: past or upcoming, as the validator allows. */
function event(rand, i, refs) {
  return [
    '---',
    `title: Webinaire ${pick(rand, topics)} no ${i + 1}`,
    `summary: ${paragraph(rand, 2)}`,
    'format: en-ligne',
    `date: ${new Date(Date.now() + Math.floor((rand() * 665 - 365) * 86_400_000)).toISOString().slice(0, 10)}`,
    'startTime: 13:30',
    'endTime: 15:00',
    `onlineLink: https://visio.exemple.example/webinaire-${i + 1}`,
    `organization: ${pick(rand, refs.organizations)}`,
    `themes:\n  - ${pick(rand, refs.themes)}`,
    `published: ${isoDate(rand, 2023)}`,
    'sample: true',
    '---',
    `## Programme\n${paragraph(rand, 3)}\n\n## Pour qui\n${paragraph(rand, 1)}\n\n## Informations pratiques\n${paragraph(rand, 1)}`,
    '',
  ].join('\n');
}

/**
 * Writes a library of `count` synthetic sheets into `dir/content` and returns that content folder; the community's
 * kinds named in `community` (folders of `communityKinds`) get their shipped entries and synthetic ones, the others none.
 * @param {string} projectRoot the project whose shipped library provides taxonomies and references
 */
export function writeSyntheticLibrary(projectRoot, dir, count, seed = 42, community = []) {
  const source = join(projectRoot, 'content');
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'fiches'), { recursive: true });
  for (const folder of ['taxonomies', 'organismes', 'outils', 'modeles', 'pages', 'recherche']) cpSync(join(source, folder), join(content, folder), { recursive: true });
  const refs = {
    themes: ids(join(source, 'taxonomies/themes.yml'), 'themes'),
    audiences: ids(join(source, 'taxonomies/audiences.yml'), 'audiences'),
    regions: ids(join(source, 'taxonomies/regions.yml'), 'regions'),
    evidence: ids(join(source, 'taxonomies/evidence.yml'), 'evidence'),
    organizations: slugsIn(join(source, 'organismes'), '.yml'),
    tools: slugsIn(join(source, 'outils'), '.mdx'),
    models: slugsIn(join(source, 'modeles'), '.mdx'),
  };
  // Tools and models name shipped sheets as related; keep those sheets so their references resolve.
  cpSync(join(source, 'fiches'), join(content, 'fiches'), { recursive: true });
  const rand = random(seed);
  const shipped = slugsIn(join(source, 'fiches'), '.mdx').length;
  for (let i = 0; i < Math.max(0, count - shipped); i++) {
    writeFileSync(join(content, 'fiches', `synthetique-${String(i + 1).padStart(5, '0')}.mdx`), sheet(rand, i, refs));
  }
  // The community's kinds: the shipped entries (they name shipped sheets), then synthetic ones in proportion to the sheets.
  const sheets = slugsIn(join(content, 'fiches'), '.mdx');
  for (const [folder, { per, write }] of Object.entries(communityKinds)) {
    mkdirSync(join(content, folder), { recursive: true });
    if (!community.includes(folder)) continue;
    cpSync(join(source, folder), join(content, folder), { recursive: true });
    for (let i = 0; i < per(count); i++) writeFileSync(join(content, folder, `synthetique-${String(i + 1).padStart(5, '0')}.mdx`), write(rand, i, { ...refs, sheets }));
  }
  return content;
}
