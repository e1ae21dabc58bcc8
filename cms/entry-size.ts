// An entry too big to be content is refused when it is saved, with the validator's own rule and message
// (src/lib/content-file.ts), rather than kept as a draft that only « Publier » refuses.
import { ContentFileError, decodeContentFile } from '../src/lib/content-file';
import { readProxyRequest } from './proxy-request';

/** A file of an entry as Decap saves it (its backends' `dataFiles`). */
interface DataFile {
  path: string;
  raw: string;
}

/** Returns the French refusal of a save whose files the validator could not read as content, or undefined. */
export function entryFilesRefusal(dataFiles: readonly DataFile[]): string | undefined {
  const encoder = new TextEncoder();
  for (const { path, raw } of dataFiles) {
    try {
      decodeContentFile(encoder.encode(raw), path);
    } catch (error) {
      if (error instanceof ContentFileError) return `enregistrement refusé : ${error.message}`;
      throw error;
    }
  }
  return undefined;
}

/** Returns the refusal of a `persistEntry` request body sent to decap-server, or undefined for any other request. */
export function oversizedEntryRefusal(body: string): string | undefined {
  const request = readProxyRequest(body);
  const params = request?.params;
  if (request?.action !== 'persistEntry' || !Array.isArray(params?.dataFiles)) return undefined;
  const files = (params.dataFiles as unknown[]).filter((file): file is DataFile => typeof (file as DataFile)?.path === 'string' && typeof (file as DataFile)?.raw === 'string');
  return entryFilesRefusal(files);
}
