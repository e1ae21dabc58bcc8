import { synonymFields, synonymsFile } from '../../schema/synonyms';
import { ContentFileError, decodeContentFile } from '../content-file';
import { parseFields } from '../front-matter';
import { isRecord } from '../records';
import { isStopWord, queryWords, wordKey } from '../search-query';
import { problemOfError } from './entry';
import type { ContentProblem } from './problem';
import { checkSchema } from './schema';
import { yamlLineFinder } from './yaml-lines';

const subject = 'champ « Mots équivalents » (words)';

/** Returns what is wrong with one word of a group, given the group where the same word came first, if any. */
function wordProblem(word: string, first: number | undefined): Pick<ContentProblem, 'problem' | 'fix'> | undefined {
  if (!/^\p{L}[\p{L}\p{N}'’ -]*$/u.test(word)) {
    return {
      problem: `« ${word} » contient autre chose que des lettres, des chiffres, des espaces, des traits d’union ou des apostrophes`,
      fix: 'écrivez le mot ou l’expression comme un visiteur le taperait.',
    };
  }
  if (queryWords(word).every(isStopWord))
    return { problem: `« ${word} » n’a que des petits mots (« de », « les »…), que la recherche ignore`, fix: 'retirez-le, ou écrivez un mot qui a du sens seul.' };
  if (first !== undefined)
    return { problem: `« ${word} » est déjà dans le groupe n° ${first + 1}`, fix: 'chaque mot ne va que dans un groupe : réunissez les deux groupes, ou retirez ce doublon.' };
  return undefined;
}

/**
 * Returns the problems of the search's synonym file and its groups of words: the schema, then what the
 * search needs, letters only, no expression made of little words, no word in two places.
 */
export function checkSynonymsFile(file: string, bytes: Uint8Array): { problems: ContentProblem[]; groups: string[][] } {
  const { key } = synonymsFile;
  try {
    const text = decodeContentFile(bytes, file);
    const data = parseFields(text, file, 1);
    const lineOf = yamlLineFinder(text, 1);
    const items = data[key];
    if (!Array.isArray(items)) {
      throw new ContentFileError(
        file,
        'fichier',
        `la liste « ${key}: » est introuvable`,
        `commencez le fichier par la ligne « ${key}: », suivie d’un groupe « - words: » par série de mots équivalents.`,
      );
    }
    const problems: ContentProblem[] = [];
    const groups: string[][] = [];
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const checked = checkSchema(synonymFields, isRecord(item) ? item : {}, file, (path) => lineOf([key, index, ...path]), `Le groupe n° ${index + 1}`);
      problems.push(...checked.problems);
      const words = checked.value?.words;
      if (!Array.isArray(words)) return;
      const group = words.filter((word): word is string => typeof word === 'string');
      group.forEach((word, at) => {
        const wordsKey = queryWords(word).map(wordKey).join(' ');
        const first = seen.get(wordsKey);
        const found = wordProblem(word, first);
        if (found) problems.push({ severity: 'error', file, line: lineOf([key, index, 'words', at]), subject, ...found });
        else seen.set(wordsKey, index);
      });
      groups.push(group);
    });
    return { problems, groups };
  } catch (error) {
    return { problems: [problemOfError(error)], groups: [] };
  }
}
