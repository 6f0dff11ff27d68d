import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TagwerkDataset } from '../../../../shared/formats/datasetSchema';
import type { FormatProblem } from '../../../../shared/formats/formatProblem';
import { parseTagwerkDataset } from '../../../../shared/formats/tagwerkFormat';

/** Largest dataset file an import reads (a generous bound against picking a wrong, huge file). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** How a dataset file is read; tests pass an in-memory one. */
export interface DatasetFileReader {
  size(file: string): Promise<number>;
  read(file: string): Promise<Uint8Array>;
}

/** Reads from the real file system. */
export const nodeDatasetFileReader: DatasetFileReader = {
  size: async (file) => (await stat(file)).size,
  read: (file) => readFile(file),
};

/** A read dataset (with the file's base name), or the problems that stopped it. */
export type ReadDataset =
  | { readonly ok: true; readonly name: string; readonly dataset: TagwerkDataset }
  | { readonly ok: false; readonly name: string; readonly problems: readonly FormatProblem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file the user chose in main's open dialog as a tagwerk.dataset: size-checked, strict
 * UTF-8, then parsed and validated (schema, ids, quotes equal to their slices) — never fixed up,
 * so a bad file is reported row by row and nothing of it is stored.
 */
export async function readDatasetFile(file: string, reader: DatasetFileReader = nodeDatasetFileReader): Promise<ReadDataset> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const size = await reader.size(file);
    if (size > MAX_IMPORT_BYTES) return { ok: false, name, problems: [{ path: '', message: `the file is ${size} bytes; at most ${MAX_IMPORT_BYTES} are read` }] };
    bytes = await reader.read(file);
  } catch (error) {
    return { ok: false, name, problems: [{ path: '', message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` }] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, name, problems: [{ path: '', message: 'the file is not UTF-8 text' }] };
  }
  const parsed = parseTagwerkDataset(text);
  return parsed.ok ? { ok: true, name, dataset: parsed.dataset } : { ok: false, name, problems: parsed.problems };
}
