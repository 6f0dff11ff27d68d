import { greedyOverlapPairs, type LabeledSpan } from '../review/greedyOverlapPairs';
import type { SpanCounts } from './agreementReport';
import { labelRecord } from './labelRecord';

function countByLabel(spans: readonly LabeledSpan[], labelId: string): number {
  return spans.reduce((n, s) => n + (s.label === labelId ? 1 : 0), 0);
}

/**
 * Exact-span counts per label, A = reference: a B span matches an A span iff start, end and
 * label are equal, each span at most once (so duplicates match min(#A, #B) times). Spans whose
 * label is not in `labelIds` are not counted anywhere.
 */
export function exactSpanCounts(
  a: readonly LabeledSpan[],
  b: readonly LabeledSpan[],
  labelIds: readonly string[],
): Record<string, SpanCounts> {
  const key = (s: LabeledSpan): string => `${s.label}\u0000${s.start}\u0000${s.end}`;
  const unmatchedA = new Map<string, number>();
  for (const s of a) unmatchedA.set(key(s), (unmatchedA.get(key(s)) ?? 0) + 1);
  const tp = new Map<string, number>();
  for (const s of b) {
    const left = unmatchedA.get(key(s)) ?? 0;
    if (left === 0) continue;
    unmatchedA.set(key(s), left - 1);
    tp.set(s.label, (tp.get(s.label) ?? 0) + 1);
  }
  return labelRecord(labelIds, (id) => ({ tp: tp.get(id) ?? 0, nA: countByLabel(a, id), nB: countByLabel(b, id) }));
}

/**
 * Overlap counts per label, A = reference: tp is the number of pairs of `greedyOverlapPairs`
 * (same label, at least one shared code point, largest overlap first, each span at most once).
 */
export function overlapSpanCounts(
  a: readonly LabeledSpan[],
  b: readonly LabeledSpan[],
  labelIds: readonly string[],
): Record<string, SpanCounts> {
  const tp = new Map<string, number>();
  for (const pair of greedyOverlapPairs(a, b)) tp.set(pair.a.label, (tp.get(pair.a.label) ?? 0) + 1);
  return labelRecord(labelIds, (id) => ({ tp: tp.get(id) ?? 0, nA: countByLabel(a, id), nB: countByLabel(b, id) }));
}
