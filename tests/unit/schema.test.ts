import { describe, expect, test } from 'vitest';
import { objectSchema } from '../../src/schema/to-zod';
import { fiches, organismes } from '../../src/schema/collections';
import { contentCollections } from '../../src/schema/registry';

const validSheet = {
  title: 'Une pratique',
  summary: 'Un résumé assez long pour passer la limite.',
  themes: ['perseverance-scolaire'],
  audiences: ['parents'],
  regions: ['estrie'],
  organization: 'org-a',
  evidence: 'experience-terrain',
  cost: 'gratuit',
  published: new Date('2024-01-01'),
  reviewed: '2024-02-01',
  licence: 'cc-by-nc-sa-4.0',
};
const messages = (data: unknown) => {
  const result = objectSchema(fiches.fields).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('objectSchema', () => {
  test('accepts a valid sheet and fills optional lists', () => {
    const result = objectSchema(fiches.fields).parse(validSheet);
    expect(result.relatedTools).toEqual([]);
    expect(result.reviewed).toEqual(new Date('2024-02-01'));
  });

  test('explains each problem in French', () => {
    expect(messages({ ...validSheet, summary: 'x'.repeat(301), themes: [], cost: 'cher', reviewed: '2024-02-30', sumary: 'typo' })).toMatchInlineSnapshot(`
      [
        "summary: « Résumé » (summary) : 300 caractères au plus (actuellement 301) ; raccourcissez le texte.",
        "themes: « Thèmes » (themes) : au moins 1 élément(s).",
        "cost: « Coût approximatif » (cost) : valeur non permise ; choisissez parmi gratuit, moins-de-500, 500-a-5000, plus-de-5000.",
        "reviewed: « Dernière révision » (reviewed) : le 2024-02-30 n’existe pas au calendrier ; vérifiez le jour et le mois.",
        ": L’en-tête contient un champ inconnu (sumary) ; champs permis : title, summary, themes, audiences, regions, organization, evidence, evaluation, duration, groupSize, resources, cost, relatedTools, relatedModels, attachments, cover, published, reviewed, licence, authors, sample.",
      ]
    `);
  });

  test('requires alt text with a cover image', () => {
    expect(messages({ ...validSheet, cover: { image: '/images/fiches/une-fiche/x.webp' } })).toEqual(['cover.alt: « Texte de remplacement » (alt) : doit être un texte.']);
  });

  test('refuses an SVG cover image, which could carry script', () => {
    const [message] = messages({ ...validSheet, cover: { image: '/images/fiches/une-fiche/x.svg', alt: 'Une image de couverture' } });
    expect(message).toMatch(/^cover\.image: .*format non permis.*PNG, JPG, JPEG, WEBP, AVIF/);
  });

  test('checks e-mail addresses of organizations', () => {
    const result = objectSchema(organismes.fields).safeParse({
      name: 'Org',
      region: 'estrie',
      city: 'Sherbrooke',
      email: 'pas-une-adresse',
      mission: 'Une mission assez longue.',
      memberSince: 2008,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('« Courriel public » (email) : adresse courriel invalide.');
  });
});

describe('collections', () => {
  test('declare each field once, with a French label', () => {
    for (const spec of contentCollections) {
      const names = spec.fields.map((field) => field.name);
      expect(new Set(names).size, spec.name).toBe(names.length);
      for (const field of spec.fields) expect(field.label, `${spec.name}.${field.name}`).toMatch(/^\p{Lu}/u);
    }
  });
});
