const formatNames: Record<string, string> = {
  PDF: 'PDF',
  DOCX: 'Word (DOCX)',
  ODT: 'OpenDocument Texte (ODT)',
  XLSX: 'Excel (XLSX)',
  ODS: 'OpenDocument Classeur (ODS)',
  PPTX: 'PowerPoint (PPTX)',
  ODP: 'OpenDocument Présentation (ODP)',
  PNG: 'Image PNG',
  JPG: 'Image JPEG',
  JPEG: 'Image JPEG',
  WEBP: 'Image WebP',
  AVIF: 'Image AVIF',
};

/** Returns the upper-case extension of a file path, e.g. `PDF`. */
export function fileExtension(path: string): string {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toUpperCase() : '';
}

/** Returns a readable format name, e.g. « Word (DOCX) ». */
export function fileFormatName(path: string): string {
  const extension = fileExtension(path);
  return formatNames[extension] ?? (extension || 'Fichier');
}

const oneDecimal = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });

/** Returns a size the way Québec French writes it: « 850 octets », « 12 Ko », « 1,4 Mo ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} octets`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} Ko`;
  return `${oneDecimal.format(bytes / 1_000_000)} Mo`;
}

/** Above this size an image in a body or a cover earns a warning: it is slow on a rural connection. */
export const imageWarnBytes = 500_000;
/** Above this size an attachment earns a warning: many readers download it on a phone. */
export const attachmentWarnBytes = 5_000_000;
/** Above this size an attachment is refused, by the validator and by the built-site check. */
export const attachmentMaxBytes = 20_000_000;
