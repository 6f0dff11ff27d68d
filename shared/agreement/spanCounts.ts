import { greedyOverlapPairs, type LabeledSpan } from '../review/greedyOverlapPairs';
import type { SpanCounts } from './agreementReport';
import { labelRecord } from './labelRecord';

/** How many spans each label has (a Map: labels are data). */
function countsByLabel(spans: readonly LabeledSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  return counts;
}

/** A number naming a (start, end) pair exactly while start·(bound+1)+end stays a safe integer; else the pair as text. */
function rangeKeyFor(spans: readonly LabeledSpan[]): (s: LabeledSpan) => number | string {
  let bound = 0;
  for (const s of spans) bound = Math.max(bound, s.start, s.end);
  const width = bound + 1;
  return width * width < Number.MAX_SAFE_INTEGER ? (s) => s.start * width + s.end : (s) => `${s.start}:${s.end}`;
}

/**
 * Exact-span counts per label, A = reference: a B span matches an A span iff start, end and
 * label are equal, each span at most once (so duplicates match min(#A, #B) times). Spans whose
 * label is not in `labelIds` are not counted anywhere. Ranges are looked up per label by one
 * number each, not by a built string.
 */
export function exactSpanCounts(a: readonly LabeledSpan[], b: readonly LabeledSpan[], labelIds: readonly string[]): Record<string, SpanCounts> {
  const key = rangeKeyFor([...a, ...b]);
  const unmatchedA = new Map<string, Map<number | string, number>>();
  for (const s of a) {
    let ranges = unmatchedA.get(s.label);
    if (ranges === undefined) unmatchedA.set(s.label, (ranges = new Map()));
    const k = key(s);
    ranges.set(k, (ranges.get(k) ?? 0) + 1);
  }
  const tp = new Map<string, number>();
  for (const s of b) {
    const ranges = unmatchedA.get(s.label);
    const k = key(s);
    const left = ranges?.get(k) ?? 0;
    if (left === 0) continue;
    ranges?.set(k, left - 1);
    tp.set(s.label, (tp.get(s.label) ?? 0) + 1);
  }
  const nA = countsByLabel(a);
  const nB = countsByLabel(b);
  return labelRecord(labelIds, (id) => ({ tp: tp.get(id) ?? 0, nA: nA.get(id) ?? 0, nB: nB.get(id) ?? 0 }));
}

/**
 * Overlap counts per label, A = reference: tp is the number of pairs of `greedyOverlapPairs`
 * (same label, at least one shared code point, largest overlap first, each span at most once).
 */
export function overlapSpanCounts(a: readonly LabeledSpan[], b: readonly LabeledSpan[], labelIds: readonly string[]): Record<string, SpanCounts> {
  const tp = new Map<string, number>();
  for (const pair of greedyOverlapPairs(a, b)) tp.set(pair.a.label, (tp.get(pair.a.label) ?? 0) + 1);
  const nA = countsByLabel(a);
  const nB = countsByLabel(b);
  return labelRecord(labelIds, (id) => ({ tp: tp.get(id) ?? 0, nA: nA.get(id) ?? 0, nB: nB.get(id) ?? 0 }));
}
