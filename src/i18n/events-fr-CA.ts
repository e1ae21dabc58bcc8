/** Interface labels of the events pages (« Rencontres »), apart from the shared dictionary (fr-CA.ts). */
export const eventLabels = {
  when: 'Quand',
  past: 'Cette rencontre a eu lieu.',
  format: 'Formule',
  place: 'Lieu',
  online: 'En ligne',
  onlineLink: 'Lien pour se joindre',
  organizer: 'Organisée par',
  themes: 'Thèmes',
  registration: 'Inscription',
  registrationLink: 'S’inscrire',
  addToCalendar: 'Ajouter à mon agenda (.ics)',
  addToCalendarHint: 'un fichier que votre agenda (Outlook, Google Agenda, Calendrier d’Apple) ouvre et ajoute; heure du Québec.',
  allCalendar: 'Toutes les rencontres dans votre agenda (.ics)',
  facts: 'La rencontre en bref',
  timeZone: 'heure du Québec',
} as const;
