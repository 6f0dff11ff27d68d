import { z } from 'zod';
import { labelCountList, labelCountsOf, type LabelCounts } from '@shared/annotation/countLabels';
import { compareCodeUnits } from '@shared/text/compareCodeUnits';
import { DocumentIdSchema } from '@shared/text/documentId';
import { DocumentMetaSchema, type DocumentMeta } from './documentMeta';

/** The `format` value of the store's summary index (`<dataDir>/index.json`). */
export const STORE_INDEX_FORMAT = 'tagwerk.store-index';

/** Version of index.json this build writes and reads; any other version is rebuilt, never trusted. */
export const STORE_INDEX_VERSION = 1;

/** What identifies one state of a file: a rewrite (atomic: new inode) or an edit in place changes it. */
const FileStampSchema = z.strictObject({ ino: z.number(), size: z.number().int().nonnegative(), mtimeMs: z.number() });
export type FileStamp = z.infer<typeof FileStampSchema>;

/** The stamps of the files a summary was read from; null where the file was missing. */
const DocumentStampsSchema = z.strictObject({ meta: FileStampSchema.nullable(), text: FileStampSchema.nullable(), annotations: FileStampSchema.nullable() });
export type DocumentStamps = z.infer<typeof DocumentStampsSchema>;

/**
 * Why a document folder cannot be listed as a document; the reliability track adds its codes
 * here (a quarantined file, what was kept aside), and the list shows such entries as damaged rows.
 */
const DocumentDamageSchema = z.strictObject({ code: z.enum(['meta-missing', 'meta-damaged']), detail: z.string().max(2000) });
export type DocumentDamage = z.infer<typeof DocumentDamageSchema>;

const LabelCountListSchema = z.array(z.strictObject({ label: z.string(), count: z.number().int().nonnegative() }));

const IndexedDocumentFileSchema = z.strictObject({
  id: DocumentIdSchema,
  meta: DocumentMetaSchema.nullable(),
  characters: z.number().int().nonnegative().nullable(),
  labelCounts: LabelCountListSchema.nullable(),
  relations: z.number().int().nonnegative().nullable(),
  stamps: DocumentStampsSchema,
  damage: DocumentDamageSchema.nullable(),
});

const StoreIndexFileSchema = z.strictObject({
  format: z.literal(STORE_INDEX_FORMAT),
  schemaVersion: z.literal(STORE_INDEX_VERSION),
  revision: z.number().int().nonnegative(),
  writtenAt: z.iso.datetime({ offset: true }),
  documents: z.array(IndexedDocumentFileSchema),
});

/**
 * What the document list needs of one document folder, without opening it: its meta (null when
 * damaged, see `damage`), text length in code points (null: text.txt unreadable), my tags per
 * label in a prototype-free object (null: annotations.json unreadable) and my relation count,
 * plus the stamps of the files it was read from, so a stale entry is noticed by `stat` alone.
 */
export interface IndexedDocument {
  readonly id: string;
  readonly meta: DocumentMeta | null;
  readonly characters: number | null;
  readonly labelCounts: LabelCounts | null;
  readonly relations: number | null;
  readonly stamps: DocumentStamps;
  readonly damage: DocumentDamage | null;
}

/** A read index file: its revision and entries by id, or why it cannot be trusted. */
export type StoreIndexFile =
  | { readonly ok: true; readonly revision: number; readonly documents: ReadonlyMap<string, IndexedDocument> }
  | { readonly ok: false; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and checks index.json: UTF-8 JSON in the schema above, every entry's meta naming its
 * own id, no id twice. Any defect rejects the whole file (it is rebuilt from the folders), so a
 * damaged index can never produce a wrong list.
 */
export function parseStoreIndexFile(bytes: Uint8Array): StoreIndexFile {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return { ok: false, reason: `not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = StoreIndexFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `not a ${STORE_INDEX_FORMAT} version ${STORE_INDEX_VERSION} (${parsed.error.issues[0]?.message ?? 'invalid'} at ${parsed.error.issues[0]?.path.join('.') ?? ''})` };
  const documents = new Map<string, IndexedDocument>();
  for (const entry of parsed.data.documents) {
    if (documents.has(entry.id)) return { ok: false, reason: `lists ${entry.id} twice` };
    if (entry.meta !== null && entry.meta.id !== entry.id) return { ok: false, reason: `the entry of ${entry.id} holds the meta of another document` };
    documents.set(entry.id, { ...entry, labelCounts: entry.labelCounts === null ? null : labelCountsOf(entry.labelCounts) });
  }
  return { ok: true, revision: parsed.data.revision, documents };
}

/** An entry as index.json holds it, keys always in one order (so equal entries serialize equally). */
function fileEntry(d: IndexedDocument) {
  const labelCounts = d.labelCounts === null ? null : labelCountList(d.labelCounts);
  return { id: d.id, meta: d.meta, characters: d.characters, labelCounts, relations: d.relations, stamps: d.stamps, damage: d.damage };
}

/** True when two entries say the same about the same files (summarizing an unchanged folder again gives an equal entry). */
export function sameIndexedDocument(a: IndexedDocument, b: IndexedDocument): boolean {
  return JSON.stringify(fileEntry(a)) === JSON.stringify(fileEntry(b));
}

/** index.json's content for these entries: compact JSON (machine-read, rewritten often), ids in order. */
export function serializeStoreIndex(revision: number, writtenAt: string, documents: Iterable<IndexedDocument>): string {
  const entries = [...documents].sort((a, b) => compareCodeUnits(a.id, b.id)).map(fileEntry);
  return `${JSON.stringify({ format: STORE_INDEX_FORMAT, schemaVersion: STORE_INDEX_VERSION, revision, writtenAt, documents: entries })}\n`;
}
