import { z } from 'zod';

/** Longest relation note kept, in UTF-16 code units (the same limit as an annotation's note). */
export const RELATION_NOTE_MAX_LENGTH = 2000;

/**
 * One directed relation between two annotations of the same document and annotator (e.g. a
 * quote's `source` → the actor who said it); `from`/`to` are annotation ids, so a relation
 * follows its tags wherever they are stored or exported.
 */
export const RelationSchema = z.strictObject({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(64),
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  annotator: z.string().min(1).max(200),
  note: z.string().max(RELATION_NOTE_MAX_LENGTH).optional(),
});

export type Relation = z.infer<typeof RelationSchema>;
