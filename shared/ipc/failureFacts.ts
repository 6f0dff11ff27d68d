import { z } from 'zod';

const text = z.string().max(2_000);

/** A failure without values of its own: the code says it all. */
const plain = <C extends string>(code: C) => z.object({ code: z.literal(code) });

/** Why a file could not be written, from the system's error code. */
export const WRITE_WHY = ['notFound', 'denied', 'diskFull', 'other'] as const;

/** Why a file Tagwerk kept could not be read in an encoding (main's decode failure codes). */
export const DECODE_WHY = ['too-large', 'empty', 'binary', 'unsupported-encoding', 'unsupported'] as const;

/** What the document store said (its error codes), so the window can word it. */
export const STORE_WHY = ['INVALID_ID', 'NOT_FOUND', 'CORRUPT', 'CONFLICT', 'READ_ONLY', 'INVALID', 'IO'] as const;

/**
 * Why a call to main failed, as a code and the values a sentence needs, next to main's English
 * message: the window words it from its catalogs (`failures.<code>`) in the user's language, as
 * import problems are worded from problem facts, and keeps the English text only as a detail.
 */
export const FailureFactsSchema = z.discriminatedUnion('code', [
  // The router
  plain('unknownMethod'),
  plain('forbidden'),
  plain('invalidRequest'),
  // Datasets
  plain('busy'),
  plain('nothingToExport'),
  plain('exportChecksFailed'),
  z.object({ code: z.literal('writeFailed'), file: text, why: z.enum(WRITE_WHY) }),
  // Documents
  plain('onlyDocument'),
  z.object({ code: z.literal('noOriginal'), title: text }),
  z.object({ code: z.literal('notDecodable'), why: z.enum(DECODE_WHY) }),
  plain('reopenAnnotated'),
  // Review and assist
  plain('migrationGone'),
  plain('noAssist'),
  // The store
  z.object({ code: z.literal('store'), why: z.enum(STORE_WHY) }),
]);
export type FailureFacts = z.infer<typeof FailureFactsSchema>;

/** Every failure code, for the catalogs test: each has a sentence in every language. */
export const FAILURE_CODES = FailureFactsSchema.options.map((option) => option.shape.code.value);
