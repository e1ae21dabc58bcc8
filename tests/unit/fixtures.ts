import type { RawEntry, RawLibrary } from '../../src/lib/library';
import type { EntryData } from '../../src/lib/model';

/** A small library, valid unless a test breaks it. */
export function sampleRaw(): RawLibrary {
  const sheet = (id: string, data: Partial<EntryData<'fiche'>>): RawEntry<EntryData<'fiche'>> => ({
    id,
    filePath: `content/fiches/${id}.mdx`,
    body: '## Contexte et besoins\nUn texte de quelques mots.',
    data: {
      title: id,
      summary: 'Résumé',
      themes: ['perseverance-scolaire'],
      audiences: ['parents'],
      regions: ['estrie'],
      organization: 'org-a',
      evidence: 'experience-terrain',
      cost: 'gratuit',
      relatedTools: [],
      relatedModels: [],
      attachments: [],
      published: new Date('2024-01-10'),
      reviewed: new Date('2024-06-01'),
      licence: 'cc-by-nc-sa-4.0',
      authors: [],
      sample: false,
      ...data,
    },
  });
  return {
    taxonomies: {
      themes: [
        { id: 'perseverance-scolaire', label: 'Persévérance scolaire', description: 'd' },
        { id: 'litteratie', label: 'Littératie et numératie', description: 'd' },
      ],
      audiences: [{ id: 'parents', label: 'Parents et familles' }],
      regions: [
        { id: 'estrie', code: '05', name: 'Estrie' },
        { id: 'montreal', code: '06', name: 'Montréal' },
      ],
      evidence: [{ id: 'experience-terrain', rank: 1, label: 'Expérience terrain', definition: 'd' }],
    },
    entries: {
      organisme: [
        {
          id: 'org-a',
          filePath: 'content/organismes/org-a.yml',
          data: { name: 'Org A', region: 'estrie', city: 'Sherbrooke', email: 'a@a.example', mission: 'm', memberSince: 2008, sample: false },
        },
        {
          id: 'org-b',
          filePath: 'content/organismes/org-b.yml',
          data: { name: 'Org B', region: 'montreal', city: 'Montréal', email: 'b@b.example', mission: 'm', memberSince: 2010, sample: false },
        },
      ],
      fiche: [
        sheet('alpha', { relatedTools: ['grille'] }),
        sheet('beta', { organization: 'org-b', regions: ['montreal'], published: new Date('2025-02-01') }),
        sheet('gamma', { themes: ['litteratie'], organization: 'org-b' }),
      ],
      outil: [
        {
          id: 'grille',
          filePath: 'content/outils/grille.mdx',
          data: {
            title: 'Grille',
            summary: 'Une grille',
            toolType: 'grille-observation',
            themes: ['perseverance-scolaire'],
            audiences: ['parents'],
            organization: 'org-a',
            files: [{ title: 'La grille', file: '/fichiers/outils/grille.pdf' }],
            relatedSheets: [],
            published: new Date('2023-05-05'),
            reviewed: new Date('2023-05-05'),
            licence: 'cc-by-4.0',
            authors: ['Marie Tremblay', 'Luc Gagnon'],
            sample: false,
          },
        },
      ],
      modele: [],
      rencontre: [],
      recit: [],
      appel: [],
    },
  };
}

/** Pretends every file under public/ exists and weighs 12 345 bytes. */
export const anySize = () => 12_345;
