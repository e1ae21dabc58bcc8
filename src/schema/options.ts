import type { Option } from './fields';

/** Approximate cost bands for running a practice. */
export const costOptions = [
  { value: 'gratuit', label: 'Aucun coût' },
  { value: 'moins-de-500', label: 'Moins de 500 $' },
  { value: '500-a-5000', label: 'De 500 $ à 5 000 $' },
  { value: 'plus-de-5000', label: 'Plus de 5 000 $' },
] as const satisfies Option[];

/** Licences a contributor may choose; the first is the default. */
export const licenceOptions = [
  { value: 'cc-by-nc-sa-4.0', label: 'CC BY-NC-SA 4.0' },
  { value: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0' },
  { value: 'cc-by-4.0', label: 'CC BY 4.0' },
  { value: 'tous-droits-reserves', label: 'Tous droits réservés' },
] as const satisfies Option[];

/** Public deed of each Creative Commons licence (French version). */
export const licenceUrls: Record<string, string | undefined> = {
  'cc-by-nc-sa-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr',
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/deed.fr',
};

export const toolTypeOptions = [
  { value: 'grille-observation', label: 'Grille d’observation' },
  { value: 'questionnaire', label: 'Questionnaire' },
  { value: 'guide-animation', label: 'Guide d’animation' },
  { value: 'gabarit', label: 'Gabarit' },
  { value: 'trousse-formation', label: 'Trousse de formation' },
  { value: 'aide-memoire', label: 'Aide-mémoire' },
] as const satisfies Option[];

export const modelTypeOptions = [
  { value: 'modele-intervention', label: 'Modèle d’intervention' },
  { value: 'modele-logique', label: 'Modèle logique' },
  { value: 'cadre-theorique', label: 'Cadre théorique' },
  { value: 'politique-type', label: 'Politique type' },
] as const satisfies Option[];

/** Where a question to the network stands: open for answers, or answered (at least one answer). */
export const questionStatusOptions = [
  { value: 'ouvert', label: 'Ouvert' },
  { value: 'repondu', label: 'Répondu' },
] as const satisfies Option[];

/** Returns the label of `value` among `options`, or the value itself when unknown. */
export function optionLabel(options: readonly Option[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

/** Whether an organization that tried a sheet or a tool would recommend it. */
export const recommendOptions = [
  { value: 'oui', label: 'Oui' },
  { value: 'avec-adaptations', label: 'Oui, avec des adaptations' },
  { value: 'non', label: 'Non' },
] as const satisfies Option[];

/** The article an organization's name may start with (src/lib/french-names.ts joins « à » and « de » to it). */
export const nameArticleOptions = [
  { value: 'le', label: 'Le (« au Pont », « du Pont »)' },
  { value: 'la', label: 'La' },
  { value: 'l’', label: 'L’' },
  { value: 'les', label: 'Les (« aux Ateliers », « des Ateliers »)' },
] as const satisfies Option[];
