import { formatFileSize } from './files';
import { joinFrench } from './text';
import { formatProblem } from './validation/problem';
import { slugify } from './slugs';

/** Largest content file read, in bytes: a sheet is a few kilobytes; anything bigger is a mistake, refused before parsing. */
const maxContentFileBytes = 1_000_000;

/** A file that cannot be read as content, with a French message saying what to do. */
export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly subject: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(formatProblem({ severity: 'error', file, subject, problem, fix }));
    this.name = 'ContentFileError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Returns the text of a content file, ready to parse: UTF-8 checked, byte-order mark removed,
 * Windows and old Mac line endings turned into `\n`, accents composed (NFC) so `é` typed on a Mac
 * matches `é` typed elsewhere. Throws a ContentFileError for an empty, oversized or non-UTF-8 file.
 */
export function decodeContentFile(bytes: Uint8Array, file: string): string {
  if (bytes.length > maxContentFileBytes) {
    throw new ContentFileError(
      file,
      'fichier',
      `trop volumineux (${formatFileSize(bytes.length)} ; la limite est de ${formatFileSize(maxContentFileBytes)})`,
      'une fiche tient en quelques pages de texte ; mettez les documents longs en pièce jointe (PDF) et les images dans public/images/.',
    );
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ContentFileError(
      file,
      'fichier',
      'l’encodage des caractères n’est pas UTF-8',
      'enregistrez le fichier en UTF-8 (dans le Bloc-notes : « Enregistrer sous », codage UTF-8).',
    );
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  if (text.trim() === '') {
    throw new ContentFileError(file, 'fichier', 'le fichier est vide', 'remplissez-le à partir d’un modèle (une fiche existante ou le formulaire en ligne), ou supprimez-le.');
  }
  return text;
}

/**
 * Returns why a content file's name cannot become an address (accents, spaces, capitals, other
 * characters), with the name to use instead; undefined when the name is fine.
 * @param name file name with its extension, e.g. `Atelier cuisine.mdx`
 */
export function fileNameProblem(name: string): { problem: string; fix: string; rename?: string } | undefined {
  const dot = name.lastIndexOf('.');
  const stem = (dot > 0 ? name.slice(0, dot) : name).normalize('NFC');
  const extension = dot > 0 ? name.slice(dot) : '';
  const slug = slugify(stem);
  if (stem === slug) return undefined;
  const reasons = [/\s/.test(stem) && 'des espaces', /[^\p{ASCII}]/u.test(stem) && 'des accents ou des caractères spéciaux', /\p{Lu}/u.test(stem) && 'des majuscules'].filter(
    (reason) => typeof reason === 'string',
  );
  const why = reasons.length > 0 ? joinFrench(reasons) : 'des caractères qui ne vont pas dans une adresse Web';
  return slug
    ? { problem: `le nom « ${name} » contient ${why}, et il devient l’adresse de la page`, fix: `renommez le fichier « ${slug}${extension} ».`, rename: `${slug}${extension}` }
    : {
        problem: `le nom « ${name} » ne contient aucune lettre ni aucun chiffre utilisable dans une adresse`,
        fix: 'donnez au fichier un nom en minuscules, par exemple le titre sans accents, avec des traits d’union.',
      };
}
