import { z } from 'zod';
import { DECODE_WHY } from '../failureFacts';
import { DocumentIdField, DocumentIdRequest, NoRequest, NoticeSchema } from '../schemas';
import { LIMITS } from '../../limits/limits';
import { DOCUMENT_STATUSES } from '../documentStatuses';

/** Largest file Tagwerk opens (20 MiB, main's decode cap); the renderer reads no dropped file above it. */
export const MAX_OPENED_FILE_BYTES = LIMITS.textBytes;

/** Most files one drop may carry. */
export const MAX_DROPPED_FILES = LIMITS.openedFiles;

export { DOCUMENT_STATUSES };
export const DocumentStatusField = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatusField>;

/** The encodings "reopen with encoding…" offers (main's TEXT_ENCODINGS). */
export const TEXT_ENCODING_IDS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export const TextEncodingField = z.enum(TEXT_ENCODING_IDS);
export type TextEncodingId = z.infer<typeof TextEncodingField>;

/** A file's base name as the renderer sends it: never a path, never empty or a dot name. */
export const BaseFileNameField = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', 'a base file name, never a path');

/** One file's outcome: the document it opened (new or already stored), or why it was refused. */
export const OpenedFileSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    name: z.string(),
    documentId: DocumentIdField,
    title: z.string(),
    /** False when the same text was already stored: the existing document opens with its annotations. */
    created: z.boolean(),
    /** The decoding raised warnings (U+FFFD, C1 controls). */
    doubtful: z.boolean(),
    /** A removed copy of this text (with its annotations) waits in the trash. */
    trashedCopy: z.boolean(),
  }),
  z.object({
    ok: z.literal(false),
    name: z.string(),
    /** too-large, empty, binary, unsupported-encoding, unsupported, unreadable */
    code: z.string(),
    message: z.string(),
  }),
]);
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** What opening files gave, in the order chosen. */
export const OpenFilesResponseSchema = z.object({ cancelled: z.boolean(), files: z.array(OpenedFileSchema) });
export type OpenFilesResponse = z.infer<typeof OpenFilesResponseSchema>;

/** A dropped file as the renderer read it: its base name, size, and bytes unless it was too large to read. */
export const DroppedFileSchema = z.strictObject({
  name: BaseFileNameField,
  size: z.number().int().nonnegative(),
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.length <= MAX_OPENED_FILE_BYTES, 'larger than the size cap')
    .nullable(),
});

/** One document of the corpus list. */
export const CorpusEntrySchema = z.object({
  id: DocumentIdField,
  title: z.string(),
  source: z.string(),
  encoding: z.string(),
  status: DocumentStatusField,
  builtin: z.boolean(),
  /** Code points; null when the text cannot be read. */
  characters: z.number().int().nonnegative().nullable(),
  /** My tags per label id, as a list (a label is data: `__proto__` or `constructor` must survive as an object key would not); null when the annotation file cannot be read. */
  labelCounts: z.array(z.object({ label: z.string(), count: z.number().int().nonnegative() })).nullable(),
  createdAt: z.string(),
});
export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;

/** One removed document waiting in the trash. */
export const TrashEntrySchema = z.object({
  trashId: z.string(),
  id: DocumentIdField,
  title: z.string(),
  source: z.string(),
  builtin: z.boolean(),
  removedAt: z.string(),
});
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

/** Why a stored document cannot be opened as it is (the window words the code; `detail` is main's English). */
export const DAMAGE_CODES = ['meta-missing', 'meta-damaged', 'text-damaged', 'annotations-damaged'] as const;

/** A damaged document folder: what is wrong, its last known title (null when none is kept), the copies kept aside, and whether Restore can fix it. */
export const DamagedEntrySchema = z.object({
  id: DocumentIdField,
  title: z.string().nullable(),
  code: z.enum(DAMAGE_CODES),
  detail: z.string(),
  aside: z.array(z.string()),
  restorable: z.boolean(),
});
export type DamagedEntry = z.infer<typeof DamagedEntrySchema>;

/** The corpus as the sidebar shows it: documents in import order, damaged folders, the trash, and anything to tell. */
export const CorpusSchema = z.object({
  documents: z.array(CorpusEntrySchema),
  damaged: z.array(DamagedEntrySchema),
  trash: z.array(TrashEntrySchema),
  notices: z.array(NoticeSchema),
});
export type Corpus = z.infer<typeof CorpusSchema>;

/** How the open document's text was decoded, and whether it can be decoded again. */
export const DocumentEncodingSchema = z.object({
  encoding: z.string(),
  /** U+FFFD in the text: bytes that could not be decoded. */
  replacementCharacters: z.number().int().nonnegative(),
  /** U+0080–U+009F in the text: a sign of a wrong encoding. */
  c1Controls: z.number().int().nonnegative(),
  /** The original file's bytes are kept, so "reopen with encoding…" is possible. */
  canReopen: z.boolean(),
});
export type DocumentEncoding = z.infer<typeof DocumentEncodingSchema>;

/** How the original file reads in one encoding: its first line, or why it cannot be read so. */
export const EncodingPreviewSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), encoding: TextEncodingField, preview: z.string(), sameText: z.boolean(), doubtful: z.boolean() }),
  /** `why`: the decode failure's code, which the window words; `message`: main's English text, a detail. */
  z.object({ ok: z.literal(false), encoding: TextEncodingField, why: z.enum(DECODE_WHY), message: z.string() }),
]);
export type EncodingPreview = z.infer<typeof EncodingPreviewSchema>;

/** Opening files, the corpus list, renaming, status, trash, and decoding a document again. */
export const corpusMethods = {
  /** Shows the open dialog (several files) and imports each chosen file. */
  openFiles: { kind: 'invoke', request: NoRequest, response: OpenFilesResponseSchema },
  /** Imports files dropped on the window: base names and bytes, never paths. */
  openDroppedFiles: {
    kind: 'invoke',
    request: z.strictObject({ files: z.array(DroppedFileSchema).min(1).max(MAX_DROPPED_FILES) }),
    response: OpenFilesResponseSchema,
  },
  listCorpus: { kind: 'invoke', request: NoRequest, response: CorpusSchema },
  updateDocument: {
    kind: 'invoke',
    request: z
      .strictObject({ documentId: DocumentIdField, title: z.string().trim().min(1).max(LIMITS.titleLength).optional(), status: DocumentStatusField.optional() })
      .refine((r) => r.title !== undefined || r.status !== undefined, 'nothing to change'),
    response: CorpusEntrySchema,
  },
  /** Moves a document into the trash (refused for the last document in the corpus). */
  removeDocument: { kind: 'invoke', request: DocumentIdRequest, response: z.object({ trashId: z.string() }) },
  restoreDocument: {
    kind: 'invoke',
    request: z.strictObject({ trashId: z.string().regex(/^[0-9a-f]{64}-[0-9TZ-]{24,32}$/) }),
    response: z.object({ documentId: DocumentIdField }),
  },
  /** Restores a damaged document from the copy the store kept (its last good meta or annotations.json.bak); refused, changing nothing, without one. */
  restoreDamaged: { kind: 'invoke', request: DocumentIdRequest, response: z.object({ documentId: DocumentIdField }) },
  /** Brings the built-in article back: from the trash with its annotations, else fresh. */
  restoreBuiltinDocument: { kind: 'invoke', request: NoRequest, response: z.object({ documentId: DocumentIdField }) },
  describeEncoding: { kind: 'invoke', request: DocumentIdRequest, response: DocumentEncodingSchema },
  previewEncodings: { kind: 'invoke', request: DocumentIdRequest, response: z.object({ previews: z.array(EncodingPreviewSchema) }) },
  /**
   * Decodes the original file again as `encoding`: the same text keeps the document; another
   * text becomes a new document (the old, untagged one goes to the trash); refused once the
   * document has annotations, since they were made on the current text.
   */
  reopenWithEncoding: {
    kind: 'invoke',
    request: z.strictObject({ documentId: DocumentIdField, encoding: TextEncodingField }),
    response: z.object({ documentId: DocumentIdField, changed: z.boolean() }),
  },
} as const;
