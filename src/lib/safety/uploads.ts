import { fileExtension, fileFormatName } from '../files';
import { readZipEntry, text } from './zip';

/**
 * What an upload may be: each type is known by its extension and recognized by its content, so that a
 * file served from the site's origin is never a page, a script or an SVG (which can carry script).
 */

/** Documents contributors can attach: PDF to read and print, and editable office formats. */
export const documentExtensions = ['pdf', 'docx', 'odt', 'xlsx', 'ods', 'pptx', 'odp'] as const;
/** Images a web page can show, none of which can carry script. */
export const imageExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif'] as const;

/** The public folders uploads go to (the CMS's media folder and every file or image field's folder lie under them). */
export const uploadFolders = ['/fichiers', '/images'] as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[] | string, at = 0) =>
  typeof prefix === 'string' ? text(bytes, at, prefix.length) === prefix : prefix.every((byte, index) => bytes[at + index] === byte);

/** An ODF package opens with its `mimetype` entry, stored uncompressed, holding the document's type. */
function isOpenDocument(bytes: Uint8Array, mimeType: string): boolean {
  if (!startsWith(bytes, 'PK\x03\x04') || text(bytes, 30, 8) !== 'mimetype' || bytes[8] !== 0 || bytes[9] !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  return view.getUint32(18, true) === mimeType.length && text(bytes, start, mimeType.length) === mimeType;
}

/** An OOXML package names its main part's type in `[Content_Types].xml`; a macro project is refused. */
function isOfficeOpenXml(bytes: Uint8Array, mainType: string): boolean {
  if (!startsWith(bytes, 'PK\x03\x04')) return false;
  const entry = readZipEntry(bytes, '[Content_Types].xml');
  if (!entry) return false;
  const types = [...new TextDecoder().decode(entry).matchAll(/ContentType\s*=\s*["']([^"']+)["']/g)].map((match) => match[1]!.trim().toLowerCase());
  return types.includes(mainType) && !types.some((type) => type.includes('vbaproject') || type.includes('macroenabled'));
}

/** AVIF is an ISO media file whose `ftyp` box names the `avif` (or `avis`) brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 'ftyp', 4)) return false;
  const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0), bytes.length, 256);
  for (let at = 8; at + 4 <= size; at += 4) if (at !== 12 && ['avif', 'avis'].includes(text(bytes, at, 4))) return true;
  return false;
}

const openXml = 'application/vnd.openxmlformats-officedocument.';
const openDocument = 'application/vnd.oasis.opendocument.';

/** How each accepted extension's content is recognized. */
const recognizers: Record<(typeof documentExtensions)[number] | (typeof imageExtensions)[number], (bytes: Uint8Array) => boolean> = {
  pdf: (bytes) => startsWith(bytes, '%PDF-'),
  docx: (bytes) => isOfficeOpenXml(bytes, `${openXml}wordprocessingml.document.main+xml`),
  xlsx: (bytes) => isOfficeOpenXml(bytes, `${openXml}spreadsheetml.sheet.main+xml`),
  pptx: (bytes) => isOfficeOpenXml(bytes, `${openXml}presentationml.presentation.main+xml`),
  odt: (bytes) => isOpenDocument(bytes, `${openDocument}text`),
  ods: (bytes) => isOpenDocument(bytes, `${openDocument}spreadsheet`),
  odp: (bytes) => isOpenDocument(bytes, `${openDocument}presentation`),
  png: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  jpeg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  webp: (bytes) => startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8),
  avif: isAvif,
};

const isAccepted = (extension: string): extension is keyof typeof recognizers => Object.hasOwn(recognizers, extension);

/** Why an upload is refused, in French, and how to fix it. */
export interface UploadRefusal {
  problem: string;
  fix: string;
}

const acceptedTypes = 'un document PDF, Word, Excel, PowerPoint ou OpenDocument (ODT, ODS, ODP), ou une image PNG, JPEG, WebP ou AVIF';

/**
 * Returns why the file named `name` (a path or a bare name) cannot be published with these bytes, or
 * undefined when its extension is accepted and its content is of that type. Reads only the bytes it needs.
 */
export function uploadRefusal(name: string, bytes: Uint8Array): UploadRefusal | undefined {
  const extension = fileExtension(name).toLowerCase();
  if (extension === 'svg' || extension === 'svgz') {
    return {
      problem: 'les images SVG ne sont pas acceptées, car elles peuvent contenir du code qui s’exécuterait sur le site',
      fix: 'exportez l’image en PNG, JPEG ou WebP, puis téléversez-la de nouveau.',
    };
  }
  if (!isAccepted(extension)) {
    return {
      problem: extension ? `ce type de fichier (.${extension}) n’est pas accepté` : 'ce fichier n’a pas d’extension : son type est inconnu',
      fix: `téléversez plutôt ${acceptedTypes} ; sinon, retirez ce fichier.`,
    };
  }
  if (recognizers[extension](bytes)) return undefined;
  const format = fileFormatName(name).replace(/^Image /, '');
  const problem = `son contenu n’est pas celui d’un fichier ${format}, malgré son extension`;
  if ((imageExtensions as readonly string[]).includes(extension)) {
    return { problem, fix: `ouvrez l’image dans un logiciel d’images, exportez-la en ${format}, puis téléversez-la de nouveau.` };
  }
  return {
    problem,
    fix: `ouvrez-le dans le logiciel qui l’a créé, enregistrez-le de nouveau au format ${format} (ou exportez-le en PDF), puis téléversez-le de nouveau.`,
  };
}

/** Leading bytes enough to recognize any type but an Office one, whose type entry may sit anywhere in the zip. */
const headBytes = 4096;

/** Returns how many leading bytes of a file named `name` `uploadRefusal` needs: a disk reader reads no more. */
export function uploadBytesNeeded(name: string): number {
  return ['docx', 'xlsx', 'pptx'].includes(fileExtension(name).toLowerCase()) ? Number.POSITIVE_INFINITY : headBytes;
}

/** Whether a public path (`/fichiers/outils/x/guide.pdf`) lies in an upload folder. */
export function isUploadPath(publicPath: string): boolean {
  return uploadFolders.some((folder) => publicPath.startsWith(`${folder}/`));
}
