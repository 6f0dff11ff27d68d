import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { LabeledString } from '@shared/assist/suggestLearned';
import { LabeledStringSchema } from '@shared/ipc/methods/assistMethods';

/** The version of the rejected-strings file this build writes. */
export const REJECTED_SCHEMA_VERSION = 1;

/** Most rejections kept per annotator: far more than anyone rejects by hand, small enough to send on every open. */
export const REJECTED_MAX = 20_000;

/** One annotator's rejected (label, string) pairs, oldest first. */
export const RejectedFileSchema = z.strictObject({
  schemaVersion: z.literal(REJECTED_SCHEMA_VERSION),
  annotator: z.string().min(1),
  rejected: z.array(LabeledStringSchema).max(REJECTED_MAX),
});
export type RejectedFile = z.infer<typeof RejectedFileSchema>;

/** The folder of the assist's own files in the data folder. */
export function assistRoot(dataDir: string): string {
  return path.join(dataDir, 'assist');
}

/** The file of one annotator's rejections: the sha256 of the name, never the name itself (names are data). */
export function rejectedFilePath(dataDir: string, annotator: string): string {
  return path.join(assistRoot(dataDir), `rejected-${createHash('sha256').update(annotator, 'utf8').digest('hex')}.json`);
}

/** The file's bytes: deterministic, two-space indent, trailing newline, like the store's other files. */
export function serializeRejected(annotator: string, rejected: readonly LabeledString[]): string {
  const file: RejectedFile = { schemaVersion: REJECTED_SCHEMA_VERSION, annotator, rejected: rejected.map((r) => ({ label: r.label, text: r.text })) };
  return `${JSON.stringify(file, null, 2)}\n`;
}
