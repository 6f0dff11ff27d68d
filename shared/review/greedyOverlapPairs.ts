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

interface Candidate<A extends LabeledSpan, B extends LabeledSpan> extends OverlapPair<A, B> {
  readonly aRank: number;
  readonly bRank: number;
}

/** Every same-label pair sharing at least one code point, with each side's rank in span order. */
function overlappingCandidates<A extends LabeledSpan, B extends LabeledSpan>(
  sortedA: readonly A[],
  sortedB: readonly B[],
): Candidate<A, B>[] {
  const bByLabel = new Map<string, { spans: { span: B; rank: number }[]; longest: number }>();
  sortedB.forEach((span, rank) => {
    const entry = bByLabel.get(span.label) ?? { spans: [], longest: 0 };
    entry.spans.push({ span, rank });
    entry.longest = Math.max(entry.longest, span.end - span.start);
    bByLabel.set(span.label, entry);
  });
  const out: Candidate<A, B>[] = [];
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
      if ((spans[mid] as { span: B }).span.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < spans.length; k++) {
      const { span: b, rank: bRank } = spans[k] as { span: B; rank: number };
      if (b.start >= a.end) break; // sorted by start: no later B span can reach back into a
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (overlap > 0) out.push({ a, b, overlap, aRank, bRank });
    }
  });
  return out;
}

/**
 * Pairs spans of A with spans of B that have the same label and share at least one code point,
 * greedily by largest overlap (ties: the earlier A span, then the earlier B span, in (start,
 * end, id) order), each span used at most once — the one pairing rule (greedy, not a maximum matching, so results are predictable), used both by
 * overlap F1 and by the review's boundary conflicts so the two never disagree. Result in A order.
 */
export function greedyOverlapPairs<A extends LabeledSpan, B extends LabeledSpan>(
  a: readonly A[],
  b: readonly B[],
): OverlapPair<A, B>[] {
  const candidates = overlappingCandidates([...a].sort(compareSpans), [...b].sort(compareSpans));
  candidates.sort((x, y) => y.overlap - x.overlap || x.aRank - y.aRank || x.bRank - y.bRank);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const picked: Candidate<A, B>[] = [];
  for (const c of candidates) {
    if (usedA.has(c.aRank) || usedB.has(c.bRank)) continue;
    usedA.add(c.aRank);
    usedB.add(c.bRank);
    picked.push(c);
  }
  picked.sort((x, y) => x.aRank - y.aRank);
  return picked.map(({ a: spanA, b: spanB, overlap }) => ({ a: spanA, b: spanB, overlap }));
}
