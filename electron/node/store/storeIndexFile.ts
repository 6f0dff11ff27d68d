import { z } from 'zod';
import { compareCodeUnits } from '@shared/text/compareCodeUnits';
import { BadRow, decodeRow, encodeRow } from './storeIndexRow';
import type { IndexedDocument } from './storeIndexTypes';

export type { DocumentDamage, DocumentStamps, FileStamp, IndexedDocument } from './storeIndexTypes';

/** The `format` value of the store's summary index (`<dataDir>/index.json`). */
export const STORE_INDEX_FORMAT = 'tagwerk.store-index';

/**
 * Version of index.json this build writes and reads; any other version is rebuilt, never trusted.
 * Version 2 holds each document as a flat row (see storeIndexRow) and labels in one table.
 */
export const STORE_INDEX_VERSION = 2;

/** The envelope only: the rows are checked one by one by hand (a zod object per row cost most of a start with 10,000 documents). */
const StoreIndexFileSchema = z.strictObject({
  format: z.literal(STORE_INDEX_FORMAT),
  schemaVersion: z.literal(STORE_INDEX_VERSION),
  revision: z.number().int().nonnegative(),
  writtenAt: z.iso.datetime({ offset: true }),
  labels: z.array(z.string()),
  documents: z.array(z.unknown()),
});

/** A read index file: its revision and entries by id, or why it cannot be trusted. */
export type StoreIndexFile =
  | { readonly ok: true; readonly revision: number; readonly documents: ReadonlyMap<string, IndexedDocument> }
  | { readonly ok: false; readonly reason: string; readonly outdated?: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and checks index.json: UTF-8 JSON with the envelope above, every row well-formed (ids,
 * metas as DocumentMetaSchema allows, counts, stamps, label indexes within the table), no id
 * twice. Any defect rejects the whole file (it is rebuilt from the folders), so a damaged index
 * can never produce a wrong list.
 */
export function parseStoreIndexFile(bytes: Uint8Array): StoreIndexFile {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return { ok: false, reason: `not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const older = raw as { format?: unknown; schemaVersion?: unknown } | null;
  // An index an older Tagwerk wrote is simply rebuilt: nothing is wrong with the store.
  if (older?.format === STORE_INDEX_FORMAT && typeof older.schemaVersion === 'number' && older.schemaVersion < STORE_INDEX_VERSION) {
    return { ok: false, reason: `written in the older version ${older.schemaVersion}`, outdated: true };
  }
  const parsed = StoreIndexFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `not a ${STORE_INDEX_FORMAT} version ${STORE_INDEX_VERSION} (${parsed.error.issues[0]?.message ?? 'invalid'} at ${parsed.error.issues[0]?.path.join('.') ?? ''})` };
  const { labels } = parsed.data;
  const documents = new Map<string, IndexedDocument>();
  for (const [at, row] of parsed.data.documents.entries()) {
    let entry: IndexedDocument;
    try {
      entry = decodeRow(row, labels);
    } catch (error) {
      if (error instanceof BadRow) return { ok: false, reason: `document ${at} holds ${error.message} it cannot hold` };
      throw error;
    }
    if (documents.has(entry.id)) return { ok: false, reason: `lists ${entry.id} twice` };
    documents.set(entry.id, entry);
  }
  return { ok: true, revision: parsed.data.revision, documents };
}

/** True when two entries say the same about the same files (summarizing an unchanged folder again gives an equal entry). */
export function sameIndexedDocument(a: IndexedDocument, b: IndexedDocument): boolean {
  const rowOf = (d: IndexedDocument) => {
    const labels: string[] = [];
    const row = encodeRow(d, labels, new Map());
    return JSON.stringify([row, labels]);
  };
  return rowOf(a) === rowOf(b);
}

/** index.json's content for these entries: compact JSON (machine-read, rewritten often), ids in order. */
export function serializeStoreIndex(revision: number, writtenAt: string, documents: Iterable<IndexedDocument>): string {
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const rows = [...documents].sort((a, b) => compareCodeUnits(a.id, b.id)).map((d) => encodeRow(d, labels, labelIndex));
  return `${JSON.stringify({ format: STORE_INDEX_FORMAT, schemaVersion: STORE_INDEX_VERSION, revision, writtenAt, labels, documents: rows })}\n`;
}
