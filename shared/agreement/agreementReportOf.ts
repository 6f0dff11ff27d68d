import type { AgreementCounts, AgreementReport, SpanCounts, SpanMetric } from './agreementReport';
import { cohenKappa } from './cohenKappa';
import { labelEntry, labelRecord } from './labelRecord';
import { spanScores } from './spanScores';

function spanMetric(labelIds: readonly string[], counts: Readonly<Record<string, SpanCounts>>): SpanMetric {
  const micro = labelIds.reduce<SpanCounts>((sum, id) => {
    const c = labelEntry(counts, id);
    return { tp: sum.tp + c.tp, nA: sum.nA + c.nA, nB: sum.nB + c.nB };
  }, { tp: 0, nA: 0, nB: 0 });
  return { perLabel: labelRecord(labelIds, (id) => spanScores(labelEntry(counts, id))), micro: spanScores(micro) };
}

/**
 * Turns (summed) counts into the agreement report: scores per label in label-set order, micro
 * scores from counts summed over those labels, kappa per label from the pooled tables, and
 * relation scores per relation type and micro-averaged.
 */
export function agreementReportOf(counts: AgreementCounts): AgreementReport {
  const { labelIds } = counts;
  return {
    exactSpan: spanMetric(labelIds, counts.exactSpan),
    overlap: spanMetric(labelIds, counts.overlap),
    charKappa: {
      positions: counts.charKappa.positions,
      perLabel: labelRecord(labelIds, (id) => cohenKappa(labelEntry(counts.charKappa.perLabel, id))),
    },
    relations: (({ perLabel, micro }) => ({ perType: perLabel, micro }))(spanMetric(counts.relationTypeIds, counts.relations)),
  };
}
