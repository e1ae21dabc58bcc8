/**
 * Text that Decap 3.16 writes in English in its components rather than in its locale, and our French for
 * each. Keys are the rendered text with runs of whitespace collapsed.
 */
const hardCodedEnglish: Readonly<Record<string, string>> = {
  // decap-cms-backend-github AuthenticationPage: signing in with open authoring, without write access.
  "Open Authoring is enabled: we need to use a fork on your github account. (If a fork already exists, we'll use that.)":
    'Pour proposer un contenu, il vous faut votre propre copie du dépôt dans votre compte GitHub (une copie existante sera reprise). Le comité reçoit vos propositions depuis cette copie.',
  'Fork the repo': 'Créer ma copie du dépôt',
  "Don't fork the repo": 'Ne pas créer de copie',
  // decap-cms-widget-relation, while it looks for the entries a field can link to.
  'Loading options…': 'Chargement des choix…',
  // react-select, in select and relation fields, when nothing matches what was typed.
  'No options': 'Aucun choix ne correspond',
};

/** Beginnings of accessible names Decap's select fields (react-select) write in English, and our French. */
const hardCodedEnglishLabels: Readonly<Record<string, string>> = {
  // The « × » that removes one chosen value: « Remove Littératie ».
  'Remove ': 'Retirer ',
};

/** Returns `label` with an English beginning of `hardCodedEnglishLabels` in French, or undefined when it has none. */
export function frenchLabelFor(label: string): string | undefined {
  const prefix = Object.keys(hardCodedEnglishLabels).find((english) => label.startsWith(english));
  return prefix === undefined ? undefined : `${hardCodedEnglishLabels[prefix]}${label.slice(prefix.length)}`;
}

/** Returns our French for a text Decap hard-codes in English, or undefined for any other text. */
export function frenchFor(text: string): string | undefined {
  const key = text.replace(/\s+/g, ' ').trim();
  return Object.hasOwn(hardCodedEnglish, key) ? hardCodedEnglish[key] : undefined;
}

/** English messages Decap's backends pass on as they get them, after « API_ERROR: », and our French. */
const apiMessages: Readonly<Record<string, string>> = {
  'Not Found': 'contenu introuvable',
  'Bad credentials': 'connexion refusée ; déconnectez-vous, puis reconnectez-vous',
  'Failed to fetch': 'le serveur ne répond pas (connexion interrompue?)',
  'Load failed': 'le serveur ne répond pas (connexion interrompue?)',
};

/** What replaces a raw JavaScript error (« TypeError: Cannot read properties… ») in a message. */
const unexpectedError = 'erreur inattendue du CMS ; réessayez, et si elle revient, signalez-la au webmestre (le détail technique est dans la console du navigateur)';

/**
 * Returns a message with the English Decap passes on in its `%{details}` put in French: the « API_ERROR: »
 * prefix dropped, known backend messages translated, a raw JavaScript error replaced by a French sentence;
 * undefined when the text has none of them.
 */
export function frenchErrorDetails(text: string): string | undefined {
  const french = text
    .replace(/API_ERROR:\s*(.*)$/s, (_match, message: string) => apiMessages[message.trim()] ?? message)
    // Browsers throw a lost connection as a TypeError (« TypeError: Failed to fetch »): read it as what it is.
    .replace(/\b(?:TypeError: )?(?:Failed to fetch|Load failed|NetworkError when attempting to fetch resource\.?)/g, apiMessages['Failed to fetch']!)
    .replace(/\b(?:[A-Z][A-Za-z]*Error|Error): .*$/s, unexpectedError);
  return french === text ? undefined : french;
}

/**
 * Puts in French, under `node` (or `node` itself), every text node that is one of Decap's hard-coded
 * English texts and every `aria-label` that starts with one.
 */
export function translateHardCodedEnglish(node: Node): void {
  const translate = (text: Text) => {
    const french = frenchFor(text.data) ?? frenchErrorDetails(text.data);
    if (french !== undefined) text.data = french;
  };
  if (node.nodeType === Node.TEXT_NODE) return translate(node as Text);
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) translate(text as Text);
  for (const element of (node as Element).querySelectorAll('[aria-label]')) {
    const french = frenchLabelFor(element.getAttribute('aria-label')!);
    if (french !== undefined) element.setAttribute('aria-label', french);
  }
}
