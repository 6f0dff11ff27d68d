import type { Annotation } from '@shared/annotation/annotation';
import { changedMiddle } from '@shared/annotation/changedMiddle';
import { countLabels, type LabelCounts } from '@shared/annotation/countLabels';

/** Counts per annotation list (lists never change in place), so the palette, list and corpus row share one count per change. */
const cache = new WeakMap<readonly Annotation[], LabelCounts>();

/** The list counted last, to count the next one from (a change leaves all but a few tags the same objects). */
let last: { list: readonly Annotation[]; counts: LabelCounts } | null = null;

/** `counts` of `before` turned into those of `after`, counting only the items in the middle that differ. */
function countedFrom(before: readonly Annotation[], counts: LabelCounts, after: readonly Annotation[]): LabelCounts | null {
  const { head, beforeEnd, afterEnd } = changedMiddle(before, after);
  // A change to much of the list (another document, a bulk import) is counted afresh.
  if (beforeEnd - head + (afterEnd - head) > after.length / 4) return null;
  const next = Object.assign(Object.create(null) as Record<string, number>, counts);
  for (let i = head; i < beforeEnd; i++) {
    const label = (before[i] as Annotation).label;
    const left = (next[label] ?? 0) - 1;
    if (left > 0) next[label] = left;
    else delete next[label];
  }
  for (let i = head; i < afterEnd; i++) {
    const label = (after[i] as Annotation).label;
    next[label] = (next[label] ?? 0) + 1;
  }
  return next;
}

/**
 * Tags per label of `annotations`, counted once per list however many parts of the window show
 * them; a list that differs from the one counted last by a few tags (a key press) is counted from
 * it, looking only at the tags that differ, not at all 10,000.
 */
export function cachedLabelCounts(annotations: readonly Annotation[]): LabelCounts {
  let counts = cache.get(annotations);
  if (counts === undefined) {
    counts = (last && countedFrom(last.list, last.counts, annotations)) ?? countLabels(annotations);
    cache.set(annotations, counts);
  }
  last = { list: annotations, counts };
  return counts;
}
