/**
 * What a reviewer checks by reading, drawn from the contribution criteria of content/pages/contribuer.mdx.
 * CONTRIBUTING.md lists the same items (a unit test keeps them in step).
 */
export const reviewChecklist = [
  'Les sections sont remplies avec du concret : durée, nombre de jeunes, qui anime, ce qui a moins bien marché.',
  'Le niveau de preuve décrit honnêtement ce que l’organisme sait des effets (voir l’échelle des preuves).',
  'Aucun jeune n’est nommé ni reconnaissable : pas de prénom, pas de détail qui l’identifie, aucun diagnostic.',
  'Les partenaires sont nommés par leur organisation, les personnes seulement si elles l’ont accepté.',
  'Chaque image a un texte de remplacement utile et ne montre aucun jeune reconnaissable sans autorisation écrite.',
  'L’organisme a le droit de partager les documents joints, sous la licence indiquée.',
  'La correction d’un contenu d’un autre organisme a reçu l’accord de cet organisme.',
  'La date de révision est à jour si le contenu a changé.',
  'Le texte se comprend dans une autre région : sigles expliqués, vocabulaire clair.',
] as const;
