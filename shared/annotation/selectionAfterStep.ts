import type { Annotation } from './annotation';
import { changedMiddle } from './changedMiddle';

/**
 * The tag to select after undo or redo turned `before` into `after`, as editors bring back the
 * selection with the change: the first tag (in `after`'s text order) that the step brought back or
 * changed — an undone delete selects the restored tag, an undone retag the retagged one; a step
 * that only removed tags (a redone delete, an undone add) keeps `selectedId` if it is still
 * there and selects nothing otherwise. Tags the step left alone are the same objects in both
 * lists (history states share them), so identity says what the step touched — and only the middle
 * that differs is looked at, so a step on 10,000 tags indexes a handful, not all of them.
 */
export function selectionAfterStep(before: readonly Annotation[], after: readonly Annotation[], selectedId: string | null): string | null {
  const { head, beforeEnd, afterEnd } = changedMiddle(before, after);
  const untouched = new Set(before.slice(head, beforeEnd));
  for (let i = head; i < afterEnd; i++) {
    const tag = after[i] as Annotation;
    if (!untouched.has(tag)) return tag.id;
  }
  return selectedId !== null && after.some((a) => a.id === selectedId) ? selectedId : null;
}
