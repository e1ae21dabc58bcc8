/**
 * Organization names in a French sentence. A name may start with its article (« Le Pont », « La Boussole »,
 * « L’Atelier des lettres »); the organization's file says which one (its `article` field), so « à » and
 * « de » join it as French wants: « au Pont », « du Pont », « aux Ateliers », « à La Boussole »,
 * « de L’Atelier des lettres », and before a vowel without article, « d’Alliance jeunesse ».
 */

/** The article a name may start with, as the organization's file stores it. */
export const nameArticles = ['le', 'la', 'l’', 'les'] as const;
export type NameArticle = (typeof nameArticles)[number];

/** A name and the article it starts with, if any. */
export interface ArticledName {
  name: string;
  article?: NameArticle | undefined;
}

const contractions = { à: { le: 'au', les: 'aux' }, de: { le: 'du', les: 'des' } } as const;

/** Returns the name without its leading article (« Le Pont » → « Pont »), or undefined when it does not start with it. */
function afterArticle({ name, article }: ArticledName): string | undefined {
  if (!article) return undefined;
  const start = name.slice(0, article.length).toLowerCase().replace("'", '’');
  if (start !== article) return undefined;
  const rest = name.slice(article.length);
  // « L’Atelier » has no space after the article; « Le Pont » must have one (« Lepont » does not start with « le »).
  if (article === 'l’') return rest;
  return /^\s/.test(rest) ? rest.trimStart() : undefined;
}

/** Returns whether a word begins with a vowel sound French elides before (h is left alone: « de Horizon » or « d’Horizon » depends on the word). */
const startsWithVowel = (text: string) => /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(text);

/**
 * Returns « à » or « de » followed by a name, contracted or elided as French writes it:
 * « au Pont », « du Pont », « aux Ateliers », « des Ateliers », « à La Boussole », « de L’Atelier »,
 * « d’Alliance jeunesse », « de Cap Réussite ». A name whose file names an article it does not start
 * with is written as it is.
 */
export function withPreposition(preposition: 'à' | 'de', named: ArticledName): string {
  const rest = afterArticle(named);
  if (rest !== undefined && (named.article === 'le' || named.article === 'les')) return `${contractions[preposition][named.article]} ${rest}`;
  if (rest === undefined && preposition === 'de' && startsWithVowel(named.name)) return `d’${named.name}`;
  return `${preposition} ${named.name}`;
}

/** Returns the problem with an organization's article, in French, or undefined when its name starts with it. */
export function articleMismatch(named: ArticledName): string | undefined {
  if (!named.article || afterArticle(named) !== undefined) return undefined;
  return `le nom « ${named.name} » ne commence pas par l’article « ${named.article} »`;
}
