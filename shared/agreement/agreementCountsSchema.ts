import { z } from 'zod';
import { nullRecordSchema } from '../records/nullRecordSchema';

/** Span counts of one label (or summed over labels): matches and the size of each side. */
export const SpanCountsSchema = z.object({ tp: z.number().int(), nA: z.number().int(), nB: z.number().int() }).readonly();

/**
 * The 2×2 table of one label over the compared positions (non-whitespace code points): A's bit
 * first, B's second — both covered, only A, only B, neither. Sums to `positions`.
 */
export const KappaCellsSchema = z.object({ both: z.number().int(), onlyA: z.number().int(), onlyB: z.number().int(), neither: z.number().int() }).readonly();

/**
 * The additive raw counts behind a report (per document, or summed over a corpus): span counts
 * per label for both metrics, the kappa table per label, and relation counts per relation type.
 * Labels are those of the label set; records keyed by them are prototype-free, `__proto__` kept.
 * The one declaration: the type is inferred from it, and the IPC answer is checked with it.
 */
export const AgreementCountsSchema = z
  .object({
    labelIds: z.array(z.string()).readonly(),
    exactSpan: nullRecordSchema(SpanCountsSchema),
    overlap: nullRecordSchema(SpanCountsSchema),
    charKappa: z.object({ positions: z.number().int(), perLabel: nullRecordSchema(KappaCellsSchema) }).readonly(),
    /** Relation types compared (the default types), in their order. */
    relationTypeIds: z.array(z.string()).readonly(),
    /** Relation counts per type: a match has the same type and both ends' span and label. */
    relations: nullRecordSchema(SpanCountsSchema),
  })
  .readonly();
