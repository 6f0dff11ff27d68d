/** Span counts of one label (or summed over labels): matches and the size of each side. */
export interface SpanCounts {
  readonly tp: number;
  readonly nA: number;
  readonly nB: number;
}

/**
 * Span scores with A as reference: precision = tp / nB and recall = tp / nA (null when the
 * denominator is 0), F1 = 2·tp / (nA + nB) (null when nA + nB = 0), so no 0/0 is ever invented.
 */
export interface SpanScores extends SpanCounts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** One metric's scores per label (every label of the label set, in its order) and micro-averaged. */
export interface SpanMetric {
  readonly perLabel: Readonly<Record<string, SpanScores>>;
  readonly micro: SpanScores;
}

/**
 * The 2×2 table of one label over the compared positions (non-whitespace code points): A's bit
 * first, B's second — both covered, only A, only B, neither. Sums to `positions`.
 */
export interface KappaCells {
  readonly both: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly neither: number;
}

/**
 * Cohen's kappa of one label plus what it is made of, so an analyst can check it: observed
 * agreement po = (both + neither) / N, expected agreement pe = pA·pB + (1−pA)(1−pB), kappa =
 * (po − pe) / (1 − pe), 1 when pe = 1 (both sequences constant and equal); all three null when
 * there are no positions.
 */
export interface KappaScores extends KappaCells {
  readonly kappa: number | null;
  readonly observed: number | null;
  readonly expected: number | null;
}

/** Character-level kappa: the number of positions compared and the scores per label. */
export interface CharKappa {
  readonly positions: number;
  readonly perLabel: Readonly<Record<string, KappaScores>>;
}

/** The agreement result of issue 7 (also the CLI's `agreement --json` output), A = reference. */
export interface AgreementReport {
  readonly exactSpan: SpanMetric;
  readonly overlap: SpanMetric;
  readonly charKappa: CharKappa;
}

/**
 * The additive raw counts behind a report (per document, or summed over a corpus): span counts
 * per label for both metrics and the kappa table per label. Labels are those of the label set.
 */
export interface AgreementCounts {
  readonly labelIds: readonly string[];
  readonly exactSpan: Readonly<Record<string, SpanCounts>>;
  readonly overlap: Readonly<Record<string, SpanCounts>>;
  readonly charKappa: { readonly positions: number; readonly perLabel: Readonly<Record<string, KappaCells>> };
}
