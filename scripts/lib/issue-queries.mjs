/**
 * The eighteen searches of issue 24, as a community worker typed them, each with the pages that answer it:
 * a first result outside this list is off topic (a generic page, an event before the sheet it is about). Shared by scripts/search-figures.mjs and the relevance test.
 */
export const issueQueries = [
  {
    query: 'aider les jeunes à revenir à l’école',
    onTopic: ['/pratiques/retour-aux-etudes-accompagne/', '/outils/gabarit-plan-retour-etudes/', '/appels/rejoindre-decrocheurs-en-cours-d-annee/'],
  },
  {
    query: 'parents qui ne viennent pas aux rencontres',
    onTopic: ['/pratiques/cafes-parents-ados/', '/outils/guide-animation-cafes-parents/', '/appels/rejoindre-les-parents-absents/', '/modeles/approche-ecole-famille-communaute/'],
  },
  { query: 'anxiété', onTopic: ['/pratiques/ateliers-anxiete-examens/', '/outils/questionnaire-stress-scolaire/'] },
  { query: 'devoirs', onTopic: ['/pratiques/aide-aux-devoirs-quartier/', '/outils/trousse-formation-benevoles/', '/appels/recruter-benevoles-aide-aux-devoirs/'] },
  { query: 'bénévoles', onTopic: ['/outils/trousse-formation-benevoles/', '/pratiques/aide-aux-devoirs-quartier/', '/appels/recruter-benevoles-aide-aux-devoirs/'] },
  {
    query: 'décrocheurs adultes',
    onTopic: [
      '/pratiques/retour-aux-etudes-accompagne/',
      '/outils/gabarit-plan-retour-etudes/',
      '/modeles/facteurs-de-protection/',
      '/appels/rejoindre-decrocheurs-en-cours-d-annee/',
    ],
  },
  {
    query: 'immigrants',
    onTopic: ['/rencontres/webinaire-parents-nouvellement-arrives/', '/experiences/mentorat-gatineau-classe-accueil/', '/pratiques/mathematiques-en-cuisine/'],
  },
  {
    query: 'motivation scolaire',
    onTopic: ['/modeles/facteurs-de-protection/', '/outils/grille-observation-engagement/', '/pratiques/retour-aux-etudes-accompagne/', '/pratiques/mentorat-entre-pairs/'],
  },
  { query: 'garçons', onTopic: [] },
  {
    query: 'milieu rural',
    onTopic: [
      '/experiences/mentorat-amos-milieu-rural/',
      '/pratiques/table-locale-perseverance/',
      '/pratiques/intervention-plein-air/',
      '/appels/recruter-benevoles-aide-aux-devoirs/',
    ],
  },
  { query: 'stage en entreprise', onTopic: ['/pratiques/stages-d-un-jour/'] },
  { query: 'évaluation des résultats', onTopic: ['/appels/mesurer-les-effets-d-une-table-locale/', '/modeles/modele-logique-mentorat/', '/pratiques/table-locale-perseverance/'] },
  { query: 'lecture', onTopic: ['/pratiques/club-de-lecture-en-famille/', '/experiences/club-lecture-gaspesie/'] },
  { query: 'estime de soi', onTopic: ['/pratiques/intervention-plein-air/', '/pratiques/mentorat-entre-pairs/', '/pratiques/ateliers-anxiete-examens/'] },
  { query: 'transition primaire secondaire', onTopic: ['/pratiques/camp-transition-secondaire/'] },
  { query: 'persévérence', onTopic: ['/pratiques/table-locale-perseverance/'] },
  { query: 'mentoring', onTopic: ['/pratiques/mentorat-entre-pairs/', '/modeles/modele-logique-mentorat/'] },
  {
    query: 'Gaspésie',
    onTopic: ['/organismes/vents-du-large/', '/experiences/club-lecture-gaspesie/', '/pratiques/ateliers-anxiete-examens/', '/regions/gaspesie-iles-de-la-madeleine/'],
  },
];
