import { z } from 'zod';
import { nullRecord } from './nullRecord';

/**
 * A schema for an object whose keys are untrusted strings (label ids, annotator names): every own
 * key is kept, "__proto__" included (zod's `z.record` drops it), each value is checked with
 * `value`, and the result is a prototype-free record.
 */
export function nullRecordSchema<T extends z.ZodType>(value: T) {
  return z
    .custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), { message: 'expected an object' })
    .transform((input, ctx) => {
      const entries: Array<readonly [string, z.output<T>]> = [];
      for (const [key, raw] of Object.entries(input)) {
        const parsed = value.safeParse(raw);
        if (parsed.success) entries.push([key, parsed.data] as const);
        else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
      }
      return nullRecord(entries) as Readonly<Record<string, z.output<T>>>;
    });
}
