import { readCommitteeEmail } from './lib/contact';

/** The public address when SITE_URL is not set, shared with the CMS settings (cms/settings.ts). */
export const defaultSiteUrl = 'https://carrefour-des-pratiques.example';

/** Site-wide settings. The public address and the committee's can be overridden with SITE_URL and COMMITTEE_EMAIL at build time. */
export const site = {
  name: 'Carrefour des pratiques',
  network: 'ROCQLD — Regroupement des organismes communautaires québécois de lutte au décrochage',
  networkShort: 'ROCQLD',
  description: 'La bibliothèque de pratiques, d’outils et de modèles des organismes communautaires québécois de lutte au décrochage scolaire.',
  url: process.env.SITE_URL ?? defaultSiteUrl,
  /** Where visitors and contributors write to the community-of-practice committee (no account needed). */
  committeeEmail: readCommitteeEmail(process.env, 'comite@carrefour-des-pratiques.example'),
} as const;
