import { z } from 'zod';
import { LIMITS } from '../limits/limits';

/** Where a tag came from when it was not drawn by hand: `assist` = accepted from a suggestion. */
export const AnnotationOriginSchema = z.enum(['assist']);

/**
 * One standoff annotation over a document's canonical text; `start`/`end` are code-point
 * offsets (end exclusive) on disk and in every export, so every consumer agrees on them.
 */
export const AnnotationSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.idLength),
  label: z.string().min(1).max(LIMITS.labelIdLength),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  prefix: z.string().max(LIMITS.contextLength).optional(),
  suffix: z.string().max(LIMITS.contextLength).optional(),
  annotator: z.string().min(1).max(LIMITS.nameLength),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  note: z.string().max(LIMITS.noteLength).optional(),
  // Kept so agreement can be computed with and without accepted suggestions.
  origin: AnnotationOriginSchema.optional(),
}).refine((a) => a.end > a.start, { message: 'end must be greater than start' });

export type Annotation = z.infer<typeof AnnotationSchema>;
