import type { Heading, Nodes, Root } from 'mdast';
import { isOlderThan } from '../dates';
import { attachmentMaxBytes, attachmentWarnBytes, formatFileSize, imageWarnBytes } from '../files';
import { lineOf, walk } from '../safety/parse';
import { judgeUrl } from '../safety/urls';
import type { Field } from '../../schema/fields';
import { uploadsOf } from '../references';
import { fieldSubject, type ContentProblem } from './problem';
import type { LineFinder } from './yaml-lines';

/** A review older than this many years earns a warning. */
const reviewMaxYears = 3;
/** The summary's hint asks for one or two sentences. */
const summaryMaxSentences = 2;

/** Returns the size in bytes of a file under `public/`, or undefined when it is missing. */
export type FileSizeLookup = (publicPath: string) => number | undefined;

interface QualityInput {
  file: string;
  /** The collection's field descriptors: uploads are found by their widget. */
  fields: readonly Field[];
  data: Readonly<Record<string, unknown>>;
  /** The body's Markdown tree (lines relative to the body) and the file line the body starts at. */
  body?: { tree: Root; line: number } | undefined;
  lineOf: LineFinder;
  fileSize: FileSizeLookup;
  now: Date;
}

const warning = (file: string, line: number | undefined, subject: string, problem: string, fix: string): ContentProblem => ({
  severity: 'warning',
  file,
  line,
  subject,
  problem,
  fix,
});

/** Returns the number of sentences in a text (a sentence ends with . ! ? or …). */
function countSentences(text: string): number {
  return text.split(/(?<=[.!?…])\s+(?=\p{Lu}|\d)/u).filter((part) => part.trim() !== '').length;
}

/** Returns quality warnings for an entry: things a reviewer should look at, that do not block publication. */
export function qualityProblems(input: QualityInput): ContentProblem[] {
  return [...frontMatterWarnings(input), ...(input.body ? bodyWarnings(input, input.body) : [])];
}

function frontMatterWarnings({ file, fields, data, lineOf, fileSize, now }: QualityInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (typeof data.summary === 'string' && countSentences(data.summary) > summaryMaxSentences) {
    problems.push(
      warning(
        file,
        lineOf(['summary']),
        fieldSubject('Résumé', 'summary'),
        `résumé trop long : ${countSentences(data.summary)} phrases`,
        'gardez une ou deux phrases : pour qui, et ce que ça change ; le détail va dans le corps.',
      ),
    );
  }
  if (data.reviewed instanceof Date && isOlderThan(data.reviewed, reviewMaxYears, now)) {
    problems.push(
      warning(
        file,
        lineOf(['reviewed']),
        fieldSubject('Dernière révision', 'reviewed'),
        `dernière révision il y a plus de ${reviewMaxYears} ans`,
        'relisez le contenu avec l’organisme, corrigez ce qui a changé, puis mettez la date du jour.',
      ),
    );
  }
  if (typeof data.website === 'string' && judgeUrl(data.website) === 'insecure') {
    problems.push(
      warning(
        file,
        lineOf(['website']),
        fieldSubject('Site Web', 'website'),
        'adresse en http:, non chiffrée',
        'vérifiez si le site répond en https:// et, si oui, corrigez l’adresse.',
      ),
    );
  }
  for (const upload of uploadsOf(fields, data)) {
    const limit = upload.widget === 'image' ? imageWarnBytes : attachmentWarnBytes;
    problems.push(...sizeWarnings(file, lineOf(upload.keys), fieldSubject(upload.field.label, upload.path), upload.value, fileSize, limit));
  }
  return problems;
}

function sizeWarnings(file: string, line: number, subject: string, path: string, fileSize: FileSizeLookup, limit: number): ContentProblem[] {
  const bytes = path.startsWith('/') ? fileSize(path) : undefined;
  // Above the hard limit the library check reports an error; a warning would only repeat it.
  if (bytes === undefined || bytes <= limit || bytes > attachmentMaxBytes) return [];
  return [
    warning(
      file,
      line,
      subject,
      `fichier lourd (${formatFileSize(bytes)} ; visez ${formatFileSize(limit)} au plus)`,
      'réduisez-le (image : largeur 1600 pixels au plus, format JPEG ou WebP ; PDF : « Réduire la taille du fichier »).',
    ),
  ];
}

function bodyWarnings(input: QualityInput, body: { tree: Root; line: number }): ContentProblem[] {
  const { file, fileSize } = input;
  const at = (node: Nodes) => lineOf(node) + body.line - 1;
  const subject = 'corps du texte';
  const problems: ContentProblem[] = [];
  for (const node of walk(body.tree)) {
    if (node.type === 'image') {
      if (!node.alt?.trim())
        problems.push(warning(file, at(node), subject, 'image sans texte de remplacement', 'décrivez l’image entre les crochets : ![Six jeunes en canot sur un lac](…).'));
      if (node.url.startsWith('/') && fileSize(node.url) === undefined) {
        problems.push({
          severity: 'error',
          file,
          line: at(node),
          subject,
          problem: `image « ${node.url} » introuvable dans public/`,
          fix: 'téléversez l’image dans public/images/, ou corrigez le chemin.',
        });
      }
      problems.push(...sizeWarnings(file, at(node), subject, node.url, fileSize, imageWarnBytes));
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && judgeUrl(node.url) === 'insecure') {
      problems.push(
        warning(file, at(node), subject, `lien en http:, non chiffré (${node.url.slice(0, 60)})`, 'vérifiez si le site répond en https:// et, si oui, corrigez l’adresse.'),
      );
    }
  }
  problems.push(...headingWarnings(body.tree, at, file));
  return problems;
}

/** Skipped heading levels (the page title is level 1, so the body starts at ##) and empty sections. */
function headingWarnings(tree: Root, at: (node: Nodes) => number, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const subject = 'corps du texte';
  let previous = 1;
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    if (node.depth === 1) {
      problems.push(warning(file, at(node), subject, 'titre de niveau 1 (#) dans le corps', 'le titre de la page est déjà de niveau 1 : commencez les sections à ##.'));
    } else if (node.depth > previous + 1) {
      problems.push(
        warning(
          file,
          at(node),
          subject,
          `niveau de titre sauté (${'#'.repeat(node.depth)} après ${'#'.repeat(previous)})`,
          `utilisez ${'#'.repeat(previous + 1)} : les lecteurs d’écran s’y retrouvent grâce aux niveaux de titre.`,
        ),
      );
    }
    previous = node.depth;
    const next = tree.children[i + 1];
    const isEmpty = !next || (next.type === 'heading' && next.depth <= node.depth);
    if (isEmpty) problems.push(warning(file, at(node), subject, `section « ${headingText(node)} » sans contenu`, 'écrivez quelques lignes sous ce titre, ou retirez-le.'));
  });
  return problems;
}

function headingText(heading: Heading): string {
  return [...walk(heading)].map((node) => (node.type === 'text' || node.type === 'inlineCode' ? node.value : '')).join('');
}
