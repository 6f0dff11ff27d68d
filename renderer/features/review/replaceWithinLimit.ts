import { LIMITS } from '@shared/limits/limits';
import type { BulkTools, DocumentSession } from '../../state/sessionTypes';

/** One review change: the new list or document and how to record its resolutions, or undefined when it changes nothing. */
export interface ReviewChange<T> {
  readonly next: T;
  /** Records the decisions with `next`; called only when it is committed, before the session commits it, so every render of it finds them. */
  record(): void;
}

/** How a session replaces one kind of state as one undo step (its replaceAnnotations or replaceDocument, returning undefined for "no change"). */
export type Replace<T> = (update: (current: T, tools: BulkTools) => T | undefined, label: string) => boolean;

/** What became of a checked replace: a step made, nothing to change, or stopped (read-only, said by the session; over the save limit, said here). */
export type ReplaceOutcome = 'changed' | 'unchanged' | 'stopped';

/**
 * Makes `change` one undo step through `replace` with the save limit checked and its resolutions
 * recorded, and says why when it refuses: a set over the limit could never be saved again, so
 * it changes nothing. Both review paths (a decision, merge-all) share it, so they refuse alike.
 */
export function replaceWithinLimit<T>(
  session: Pick<DocumentSession, 'readOnly' | 'say'>,
  replace: Replace<T>,
  size: (next: T) => number,
  change: (current: T, tools: BulkTools) => ReviewChange<T> | undefined,
  label: string,
): ReplaceOutcome {
  let refused = 0;
  const changed = replace((current, tools) => {
    const made = change(current, tools);
    if (made === undefined) return undefined;
    if (size(made.next) > LIMITS.annotationsPerSet) {
      refused = size(made.next);
      return undefined;
    }
    made.record();
    return made.next;
  }, label);
  if (changed) return 'changed';
  if (session.readOnly) return 'stopped';
  if (refused > 0) {
    session.say({ key: 'review.status.tooMany', values: { count: refused, limit: LIMITS.annotationsPerSet }, severity: 'error' });
    return 'stopped';
  }
  return 'unchanged';
}
