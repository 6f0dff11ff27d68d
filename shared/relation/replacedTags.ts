import { changedMiddle } from '../annotation/changedMiddle';

/**
 * The items of `before` that `after` no longer holds as the same object (deleted, or replaced by a
 * changed copy), found in the changed middle of the two lists (lists never change in place): items
 * only added, or left alone, are not among them, so whoever keeps something derived from a few
 * tags (relations that fit, speakers) can tell whether a change touched them without indexing every tag.
 */
export function replacedTags<T>(before: readonly T[], after: readonly T[]): T[] {
  if (before === after) return [];
  const { head, beforeEnd, afterEnd } = changedMiddle(before, after);
  if (beforeEnd === head) return [];
  const still = new Set<T>();
  for (let i = head; i < afterEnd; i++) still.add(after[i] as T);
  const out: T[] = [];
  for (let i = head; i < beforeEnd; i++) if (!still.has(before[i] as T)) out.push(before[i] as T);
  return out;
}
