/** A tag as the assist needs it: label and code-point range (my annotations fit). */
export interface Tag {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The tags only in `before` (removed) and only in `after` (added), by identity: the common head
 * and tail are skipped first, so one change in ten thousand tags costs a scan, not a set of all.
 */
export function diffTags<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  const oldSet = new Set(oldMiddle);
  const newSet = new Set(newMiddle);
  return { added: newMiddle.filter((t) => !oldSet.has(t)), removed: oldMiddle.filter((t) => !newSet.has(t)) };
}

/**
 * The items of `sorted` (ordered by start) that overlap [range.start, range.end), found by binary
 * search: `maxLength` bounds how far before the range an overlapping item can start.
 */
export function overlapping<T extends { readonly start: number; readonly end: number }>(sorted: readonly T[], range: { readonly start: number; readonly end: number }, maxLength: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  const from = range.start - maxLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as T).start < range.end; i++) {
    const item = sorted[i] as T;
    if (item.end > range.start) out.push(item);
  }
  return out;
}
