import path from 'node:path';
import { createHash } from 'node:crypto';
import { isDocumentId } from '@shared/text/documentId';
import { StoreError } from './storeError';

/** Where one document's files live; every name is fixed or derived from a validated hash. */
export interface DocumentPaths {
  readonly dir: string;
  readonly meta: string;
  readonly text: string;
  /** The bytes of the file the text was decoded from (absent for the built-in article), for "reopen with encoding…". */
  readonly original: string;
  readonly annotations: string;
  readonly backup: string;
  readonly colleaguesDir: string;
}

/** The folder holding all document folders. */
export function documentsRoot(dataDir: string): string {
  return path.join(dataDir, 'documents');
}

/**
 * The paths of a document's files, `<dataDir>/documents/<hex>/…`. Throws StoreError('INVALID_ID')
 * unless `id` is `sha256:<64 hex>`, so no title, import or IPC string can ever reach a path.
 */
export function documentPaths(dataDir: string, id: unknown): DocumentPaths {
  if (!isDocumentId(id)) {
    throw new StoreError('INVALID_ID', `Not a document id: ${JSON.stringify(String(id).slice(0, 80))}`);
  }
  const dir = path.join(documentsRoot(dataDir), id.slice('sha256:'.length));
  // Plain names below a normalized folder: no further path.join (a listing builds these for every document).
  const inDir = (name: string) => `${dir}${path.sep}${name}`;
  return {
    dir,
    meta: inDir('meta.json'),
    text: inDir('text.txt'),
    original: inDir('original.bin'),
    annotations: inDir('annotations.json'),
    backup: inDir('annotations.json.bak'),
    colleaguesDir: inDir('colleagues'),
  };
}

/** The file of a colleague's imported set: the sha256 of the annotator name, never the name itself. */
export function colleagueFileName(annotator: string): string {
  return `${createHash('sha256').update(annotator, 'utf8').digest('hex')}.json`;
}

/** The document id a folder name stands for, or undefined when the folder is not one of ours. */
export function documentIdOfFolder(name: string): string | undefined {
  const id = `sha256:${name}`;
  return isDocumentId(id) ? id : undefined;
}
