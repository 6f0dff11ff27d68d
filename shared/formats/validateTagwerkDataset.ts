import type { z } from 'zod';
import type { ParseResult } from './formatAdapter';
import { TagwerkDatasetSchema } from './datasetSchema';
import { loneSurrogateProblems } from './loneSurrogateProblems';
import { problemsFromIssues } from './problemsFromIssues';

/** Plain-words messages for the zod issues a hand-edited file most often has. */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'int' ? 'an integer' : `of type ${issue.expected}`}`;
  if (issue.code === 'invalid_value') return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  return undefined;
}

/**
 * Validates an already parsed JSON value as a tagwerk.dataset v1 with `TagwerkDatasetSchema`,
 * returning the typed dataset or one problem per defect (first any string holding a lone
 * surrogate, by its JSON path); the one place imports are checked.
 */
export function validateTagwerkDataset(value: unknown): ParseResult {
  // Checked in every string first: a lone surrogate would reach file names and UTF-8 files as U+FFFD.
  const broken = loneSurrogateProblems(value);
  if (broken.length > 0) return { ok: false, problems: broken };
  const result = TagwerkDatasetSchema.safeParse(value, { error: issueMessage });
  if (result.success) return { ok: true, dataset: result.data, losses: [] };
  return { ok: false, problems: problemsFromIssues(result.error.issues) };
}
