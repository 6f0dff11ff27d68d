import type { z } from 'zod';
import type { AgreementCountsSchema, KappaCellsSchema, SpanCountsSchema } from './agreementCountsSchema';

/** Span counts of one label (or summed over labels): matches and the size of each side. */
export type SpanCounts = z.infer<typeof SpanCountsSchema>;

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

/** The 2×2 kappa table of one label (see KappaCellsSchema). */
export type KappaCells = z.infer<typeof KappaCellsSchema>;

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

/** Relation scores per relation type (every compared type, in order) and micro-averaged over types. */
export interface RelationMetric {
  readonly perType: Readonly<Record<string, SpanScores>>;
  readonly micro: SpanScores;
}

/** The agreement result (also the CLI's `agreement --json` output), A = reference; `relations` adds the relation scores. */
export interface AgreementReport {
  readonly exactSpan: SpanMetric;
  readonly overlap: SpanMetric;
  readonly charKappa: CharKappa;
  readonly relations: RelationMetric;
}

/** The additive raw counts behind a report (see AgreementCountsSchema). */
export type AgreementCounts = z.infer<typeof AgreementCountsSchema>;
