import { z } from 'zod';
import { AnnotationSchema } from '../../annotation/annotation';
import { RelationSchema } from '../../relation/relation';
import { DocumentIdField, DocumentIdRequest, NoRequest, OpenedDocumentSchema } from '../schemas';

/** Opening a document and saving my annotations of it (with the relations between them). */
export const documentMethods = {
  openStartDocument: { kind: 'invoke', request: NoRequest, response: OpenedDocumentSchema },
  openDocument: { kind: 'invoke', request: DocumentIdRequest, response: OpenedDocumentSchema },
  saveAnnotations: {
    kind: 'invoke',
    request: z.strictObject({
      documentId: DocumentIdField,
      baseRev: z.number().int().nonnegative(),
      annotations: z.array(AnnotationSchema).max(200_000),
      relations: z.array(RelationSchema).max(200_000).default([]),
    }),
    response: z.object({ rev: z.number().int(), savedAt: z.string() }),
  },
  rememberScroll: {
    kind: 'invoke',
    request: z.strictObject({ documentId: DocumentIdField, scrollTop: z.number().nonnegative().finite() }),
    response: z.null(),
  },
} as const;
