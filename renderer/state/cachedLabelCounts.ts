import type { Annotation } from '@shared/annotation/annotation';
import { countLabels, type LabelCounts } from '@shared/annotation/countLabels';

/** Counts per annotation list (lists never change in place), so the palette, list and corpus row share one count per change. */
const cache = new WeakMap<readonly Annotation[], LabelCounts>();

/** Tags per label of `annotations`, counted once per list however many parts of the window show them. */
export function cachedLabelCounts(annotations: readonly Annotation[]): LabelCounts {
  let counts = cache.get(annotations);
  if (counts === undefined) {
    counts = countLabels(annotations);
    cache.set(annotations, counts);
  }
  return counts;
}
