import { z } from 'zod';
import { DocumentIdSchema } from '@shared/text/documentId';
import { LIMITS } from '@shared/limits/limits';

/** Version of meta.json this build writes. */
export const META_SCHEMA_VERSION = 1;

/** Where the analyst stands with a document: not started, being tagged, finished. */
export const DOCUMENT_STATUSES = ['new', 'in-progress', 'done'] as const;
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/**
 * meta.json of a stored document: identity, where the text came from and how it was decoded.
 * `source` is a base file name or `builtin:…`, never a full path (it ends up in exports).
 */
export const DocumentMetaSchema = z.strictObject({
  schemaVersion: z.literal(META_SCHEMA_VERSION),
  id: DocumentIdSchema,
  // As long as a dataset's title may be, so every document a valid dataset holds can be stored.
  title: z.string().max(LIMITS.titleLength),
  source: z.string().max(500),
  encoding: z.string().max(64),
  // As in tagwerk.dataset (min 1), so every document a valid dataset holds can be stored.
  language: z.string().min(1).max(35),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Optional, so metas written before it existed stay valid; absent means 'new' (see documentStatusOf). */
  status: DocumentStatusSchema.optional(),
});

export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** The fields a caller may change after import (identity, source and encoding are fixed). */
export const DocumentMetaPatchSchema = z.strictObject({
  title: z.string().max(LIMITS.titleLength).optional(),
  language: z.string().min(2).max(35).optional(),
  status: DocumentStatusSchema.optional(),
});

export type DocumentMetaPatch = z.infer<typeof DocumentMetaPatchSchema>;

/** A document's status; a meta without one (written before statuses existed) is 'new'. */
export function documentStatusOf(meta: Pick<DocumentMeta, 'status'>): DocumentStatus {
  return meta.status ?? 'new';
}

/** Serialises a JSON file the way every store file is written: two-space indent, trailing newline. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
