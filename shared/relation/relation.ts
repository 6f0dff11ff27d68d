import { z } from 'zod';
import { LIMITS } from '../limits/limits';

/** Longest relation note kept, in UTF-16 code units (the same limit as an annotation's note). */
export const RELATION_NOTE_MAX_LENGTH = LIMITS.noteLength;

/**
 * One directed relation between two annotations of the same document and annotator (e.g. a
 * quote's `source` → the actor who said it); `from`/`to` are annotation ids, so a relation
 * follows its tags wherever they are stored or exported.
 */
export const RelationSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.idLength),
  type: z.string().min(1).max(LIMITS.labelIdLength),
  from: z.string().min(1).max(LIMITS.idLength),
  to: z.string().min(1).max(LIMITS.idLength),
  annotator: z.string().min(1).max(LIMITS.nameLength),
  note: z.string().max(RELATION_NOTE_MAX_LENGTH).optional(),
});

export type Relation = z.infer<typeof RelationSchema>;
