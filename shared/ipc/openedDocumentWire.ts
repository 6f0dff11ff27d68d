import { z } from 'zod';
import { AnnotationSchema } from '../annotation/annotation';
import { RelationSchema } from '../relation/relation';
import { OpenedDocumentSchema } from './schemas';

const { id, label, start, end, text, annotator, ...annotationRest } = AnnotationSchema.shape;
const { id: relationId, type, from, to, annotator: relationAnnotator, note } = RelationSchema.shape;

/** An annotation's fields beyond its span, its annotator only when it is not the set's. */
const AnnotationRestSchema = z.strictObject({ ...annotationRest, annotator: annotator.optional() });

/** A relation's annotator (only when it is not the set's) and note. */
const RelationRestSchema = z.strictObject({ annotator: relationAnnotator.optional(), note });

/** One of my tags as the open sends it: `[id, label, start, end, text]`, then its other fields when it has any. */
export const AnnotationWireSchema = z.tuple([id, label, start, end, text, AnnotationRestSchema.optional()]);
export type AnnotationWire = z.infer<typeof AnnotationWireSchema>;

/** One of my relations as the open sends it: `[id, type, from, to]`, then its annotator (when not the set's) and note when it has them. */
export const RelationWireSchema = z.tuple([relationId, type, from, to, RelationRestSchema.optional()]);
export type RelationWire = z.infer<typeof RelationWireSchema>;

/**
 * The open's answer as it crosses the IPC: the opened document with its tags and relations as
 * tuples and the annotator they share named once — 471 → ~320 KB of JSON at 200k characters, 1,000
 * tags and 2,000 relations — that main encodes and the window decodes back into `OpenedDocument`.
 */
export const OpenedDocumentWireSchema = z.object({
  ...OpenedDocumentSchema.shape,
  annotator: z.string(),
  annotations: z.array(AnnotationWireSchema),
  relations: z.array(RelationWireSchema),
});
export type OpenedDocumentWire = z.infer<typeof OpenedDocumentWireSchema>;
