import type { ProblemTranslate } from '../formats/problemSentence';
import { FailureFactsSchema, type FailureFacts } from './failureFacts';
import type { IpcError } from './result';

/** Why something failed, as the window words it: main's IPC error code (or `unexpected` for the window's own errors) and facts if any. */
export interface FailureCause {
  readonly code: IpcError['code'] | 'unexpected';
  readonly facts?: unknown;
  /** The error's own words (main's English message): a detail on hover, never the text. */
  readonly detail?: string;
}

/** One failure as a sentence in the catalog's language: `failures.<code>` (or `failures.<code>.<why>`) with its values. */
export function failureSentence(t: ProblemTranslate, facts: FailureFacts): string {
  return t('why' in facts ? `failures.${facts.code}.${facts.why}` : `failures.${facts.code}`, { ...facts });
}

/**
 * A failed call in the user's language: the sentence of its facts when they are valid, else one
 * for its error code (`failures.codes.<code>`), so main's English message never becomes the
 * window's text; callers keep that message only as a detail on hover.
 */
export function causeSentence(t: ProblemTranslate, cause: FailureCause): string {
  const facts = FailureFactsSchema.safeParse(cause.facts);
  return facts.success ? failureSentence(t, facts.data) : t(`failures.codes.${cause.code}`);
}
