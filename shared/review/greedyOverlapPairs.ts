/** The fields pairing looks at: a labelled half-open code-point range with a stable id. */
export interface LabeledSpan {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** One span of A paired with one span of B of the same label, and how many code points they share. */
export interface OverlapPair<A extends LabeledSpan, B extends LabeledSpan> {
  readonly a: A;
  readonly b: B;
  readonly overlap: number;
}

/** Span order (start, end, id; ids by code unit), the tie-break order of the greedy pairing. */
export function compareSpans(x: LabeledSpan, y: LabeledSpan): number {
  if (x.start !== y.start) return x.start - y.start;
  if (x.end !== y.end) return x.end - y.end;
  if (x.id !== y.id) return x.id < y.id ? -1 : 1;
  return 0;
}

/** Candidate pairs as parallel arrays: the overlap and both sides' ranks in span order. */
interface Candidates {
  overlap: number[];
  aRank: number[];
  bRank: number[];
}

/** Every same-label pair sharing at least one code point, with each side's rank in span order. */
function overlappingCandidates(sortedA: readonly LabeledSpan[], sortedB: readonly LabeledSpan[]): Candidates {
  const bByLabel = new Map<string, { spans: { span: LabeledSpan; rank: number }[]; longest: number }>();
  sortedB.forEach((span, rank) => {
    const entry = bByLabel.get(span.label) ?? { spans: [], longest: 0 };
    entry.spans.push({ span, rank });
    entry.longest = Math.max(entry.longest, span.end - span.start);
    bByLabel.set(span.label, entry);
  });
  const out: Candidates = { overlap: [], aRank: [], bRank: [] };
  sortedA.forEach((a, aRank) => {
    const entry = bByLabel.get(a.label);
    if (!entry) return;
    // A B span starting before a.start - longest ends before a.start: start at the first one that may reach a.
    const spans = entry.spans;
    let lo = 0;
    let hi = spans.length;
    const from = a.start - entry.longest;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as { span: LabeledSpan }).span.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < spans.length; k++) {
      const { span: b, rank: bRank } = spans[k] as { span: LabeledSpan; rank: number };
      if (b.start >= a.end) break; // sorted by start: no later B span can reach back into a
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (overlap > 0) {
        out.overlap.push(overlap);
        out.aRank.push(aRank);
        out.bRank.push(bRank);
      }
    }
  });
  return out;
}

/**
 * Visits the candidates in pairing order: largest overlap first, then the earlier A span, then
 * the earlier B span. Each candidate is one number (overlap rank, A rank, B rank in mixed radix)
 * sorted natively while that number stays exact; otherwise by a comparator.
 */
function inPairingOrder(c: Candidates, sizeA: number, sizeB: number, visit: (overlap: number, aRank: number, bRank: number) => void): void {
  const n = c.overlap.length;
  let most = 0;
  for (const o of c.overlap) most = Math.max(most, o);
  const pairs = sizeA * sizeB;
  if ((most + 1) * pairs < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (most - (c.overlap[i] as number)) * pairs + (c.aRank[i] as number) * sizeB + (c.bRank[i] as number);
    keys.sort();
    for (const key of keys) {
      const pair = key % pairs;
      visit(most - (key - pair) / pairs, Math.floor(pair / sizeB), pair % sizeB);
    }
    return;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((x, y) => (c.overlap[y] as number) - (c.overlap[x] as number) || (c.aRank[x] as number) - (c.aRank[y] as number) || (c.bRank[x] as number) - (c.bRank[y] as number));
  for (const i of order) visit(c.overlap[i] as number, c.aRank[i] as number, c.bRank[i] as number);
}

/**
 * Pairs spans of A with spans of B that have the same label and share at least one code point,
 * greedily by largest overlap (ties: the earlier A span, then the earlier B span, in (start,
 * end, id) order), each span used at most once — the one pairing rule (greedy, not a maximum matching, so results are predictable), used both by
 * overlap F1 and by the review's boundary conflicts so the two never disagree. Result in A order.
 */
export function greedyOverlapPairs<A extends LabeledSpan, B extends LabeledSpan>(a: readonly A[], b: readonly B[]): OverlapPair<A, B>[] {
  const sortedA = [...a].sort(compareSpans);
  const sortedB = [...b].sort(compareSpans);
  const candidates = overlappingCandidates(sortedA, sortedB);
  const partnerOfA = new Int32Array(sortedA.length).fill(-1);
  const overlapOfA = new Float64Array(sortedA.length);
  const usedB = new Uint8Array(sortedB.length);
  inPairingOrder(candidates, sortedA.length, sortedB.length, (overlap, aRank, bRank) => {
    if (partnerOfA[aRank] !== -1 || usedB[bRank] === 1) return;
    partnerOfA[aRank] = bRank;
    overlapOfA[aRank] = overlap;
    usedB[bRank] = 1;
  });
  const out: OverlapPair<A, B>[] = [];
  for (let aRank = 0; aRank < sortedA.length; aRank++) {
    const bRank = partnerOfA[aRank] as number;
    if (bRank !== -1) out.push({ a: sortedA[aRank] as A, b: sortedB[bRank] as B, overlap: overlapOfA[aRank] as number });
  }
  return out;
}
