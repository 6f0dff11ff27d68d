import type { FailureCause } from '@shared/ipc/failureSentence';
import { ApiError } from './bridgeClient';

/** The cause of a thrown error as plain data: main's code and facts for an ApiError, `unexpected` for anything else; its message as the detail. */
export function causeOf(error: unknown): FailureCause {
  const detail = failureDetail(error);
  return error instanceof ApiError ? { code: error.code, ...(error.facts !== undefined && { facts: error.facts }), detail } : { code: 'unexpected', detail };
}

/** The error's own words (main's English message), for a hover detail behind the translated sentence. */
export function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
