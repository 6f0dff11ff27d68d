import type { SpanCounts, SpanScores } from './agreementReport';

/** Precision, recall and F1 from span counts, A = reference (see `SpanScores` for the null rules). */
export function spanScores(counts: SpanCounts): SpanScores {
  const { tp, nA, nB } = counts;
  return {
    tp,
    nA,
    nB,
    precision: nB === 0 ? null : tp / nB,
    recall: nA === 0 ? null : tp / nA,
    f1: nA + nB === 0 ? null : (2 * tp) / (nA + nB),
  };
}
