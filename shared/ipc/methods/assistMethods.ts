import { z } from 'zod';
import { DocumentIdRequest, NoRequest } from '../schemas';

/** Most strings one answer carries: the learned index and the rejection list are both capped below it. */
const MAX_STRINGS = 20_000;

/** A (label, string) pair the assist learned or was told to leave alone. */
export const LabeledStringSchema = z.strictObject({ label: z.string().min(1).max(64), text: z.string().min(1).max(2000) });

const LabeledStrings = z.array(LabeledStringSchema).max(MAX_STRINGS);

/**
 * The assist's memory in main: strings I tagged in other documents (suggested here with my
 * label), and the pairs I rejected (never suggested again, in any document, after a restart too).
 */
export const assistMethods = {
  learnedStrings: { kind: 'invoke', request: DocumentIdRequest, response: z.object({ learned: LabeledStrings }) },
  /** `keptAside`: my rejections file was damaged and moved aside this session (so earlier rejections are suggested again). */
  rejectedStrings: {
    kind: 'invoke',
    request: NoRequest,
    response: z.object({ rejected: LabeledStrings, keptAside: z.strictObject({ file: z.string().min(1).max(4096), movedTo: z.string().min(1).max(4096) }).optional() }),
  },
  setRejected: {
    kind: 'invoke',
    request: z.strictObject({ label: z.string().min(1).max(64), text: z.string().min(1).max(2000), rejected: z.boolean() }),
    response: z.null(),
  },
} as const;
