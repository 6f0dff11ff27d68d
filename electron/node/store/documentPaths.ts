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
  return {
    dir,
    meta: path.join(dir, 'meta.json'),
    text: path.join(dir, 'text.txt'),
    original: path.join(dir, 'original.bin'),
    annotations: path.join(dir, 'annotations.json'),
    backup: path.join(dir, 'annotations.json.bak'),
    colleaguesDir: path.join(dir, 'colleagues'),
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
