/** Where two versions of a list differ: `before[head, beforeEnd)` became `after[head, afterEnd)`; the rest is shared. */
export interface ChangedMiddle {
  readonly head: number;
  readonly beforeEnd: number;
  readonly afterEnd: number;
}

/**
 * The part of `after` that differs from `before`, found by skipping the common head and tail with
 * pointer compares: lists are never changed in place (a change copies what it changes), so a
 * change to one tag among ten thousand leaves everything outside a few items the same objects,
 * and whoever needs what a change touched looks only at the middle instead of indexing both lists.
 * An item of one list's middle appears in the other list, if at all, only inside its middle
 * (items are unique in a list).
 */
export function changedMiddle<T>(before: readonly T[], after: readonly T[]): ChangedMiddle {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let beforeEnd = before.length;
  let afterEnd = after.length;
  while (beforeEnd > head && afterEnd > head && before[beforeEnd - 1] === after[afterEnd - 1]) {
    beforeEnd--;
    afterEnd--;
  }
  return { head, beforeEnd, afterEnd };
}
