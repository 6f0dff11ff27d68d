import { z } from 'zod';
import { AnnotationSchema } from '../../annotation/annotation';
import { RelationSchema } from '../../relation/relation';
import { DocumentIdField, DocumentIdRequest, NoRequest, OpenedDocumentSchema, ScrollAnchorSchema } from '../schemas';
import { LIMITS } from '../../limits/limits';
import { OpenedDocumentWireSchema } from '../openedDocumentWire';
import { encodeOpenedDocument } from '../openedDocumentCodec';

const Annotations = z.array(AnnotationSchema).max(LIMITS.annotationsPerSet);

/**
 * My annotations as the window sends them: a JSON array in one string (copying one string between
 * processes is cheap where ten thousand objects are not, so a save never holds up the window's
 * input), or the array itself; parsed and checked here in main either way.
 */
const AnnotationsPayload = z.union([
  Annotations,
  z
    .string()
    .max(400_000_000)
    .transform((json, ctx) => {
      try {
        return JSON.parse(json) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'annotations: not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(Annotations),
]);

/** An opened document crosses the IPC with its tags and relations as tuples (see OpenedDocumentWireSchema). */
const openedWire = { schema: OpenedDocumentWireSchema, encode: encodeOpenedDocument };

/** Opening a document and saving my annotations of it (with the relations between them). */
export const documentMethods = {
  openStartDocument: { kind: 'invoke', request: NoRequest, response: OpenedDocumentSchema, wire: openedWire, answersParsed: true },
  openDocument: { kind: 'invoke', request: DocumentIdRequest, response: OpenedDocumentSchema, wire: openedWire, answersParsed: true },
  saveAnnotations: {
    kind: 'invoke',
    request: z.strictObject({
      documentId: DocumentIdField,
      baseRev: z.number().int().nonnegative(),
      annotations: AnnotationsPayload,
      relations: z.array(RelationSchema).max(LIMITS.relationsPerSet).default([]),
    }),
    response: z.object({ rev: z.number().int(), savedAt: z.string() }),
  },
  rememberScroll: {
    kind: 'invoke',
    request: z.strictObject({ documentId: DocumentIdField, scrollTop: z.number().nonnegative().finite(), anchor: ScrollAnchorSchema.optional() }),
    response: z.null(),
  },
} as const;
