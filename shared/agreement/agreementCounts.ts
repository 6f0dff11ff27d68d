import type { Annotation } from '../annotation/annotation';
import type { AgreementCounts, KappaCells, SpanCounts } from './agreementReport';
import { charKappaCells } from './charKappaCells';
import { labelEntry, labelRecord } from './labelRecord';
import { exactSpanCounts, overlapSpanCounts } from './spanCounts';

/** One compared document: its canonical text and both annotators' spans over it (code points). */
export interface AgreementDocument {
  readonly text: string;
  readonly reference: readonly Pick<Annotation, 'id' | 'label' | 'start' | 'end'>[];
  readonly compared: readonly Pick<Annotation, 'id' | 'label' | 'start' | 'end'>[];
}

/**
 * The raw counts of one document (A = `reference`, B = `compared`) for every label of
 * `labelIds`; counts are additive, so a corpus is `sumAgreementCounts` of its documents and its
 * kappa pools their positions. Spans with a label outside `labelIds` are ignored.
 */
export function agreementCounts(doc: AgreementDocument, labelIds: readonly string[]): AgreementCounts {
  return {
    labelIds: [...labelIds],
    exactSpan: exactSpanCounts(doc.reference, doc.compared, labelIds),
    overlap: overlapSpanCounts(doc.reference, doc.compared, labelIds),
    charKappa: charKappaCells(doc.text, doc.reference, doc.compared, labelIds),
  };
}

function addSpanCounts(x: SpanCounts, y: SpanCounts): SpanCounts {
  return { tp: x.tp + y.tp, nA: x.nA + y.nA, nB: x.nB + y.nB };
}

function addCells(x: KappaCells, y: KappaCells): KappaCells {
  return { both: x.both + y.both, onlyA: x.onlyA + y.onlyA, onlyB: x.onlyB + y.onlyB, neither: x.neither + y.neither };
}

/** Counts with nothing in them, the identity of `sumAgreementCounts` (an empty corpus). */
export function emptyAgreementCounts(labelIds: readonly string[]): AgreementCounts {
  const zero = (): SpanCounts => ({ tp: 0, nA: 0, nB: 0 });
  return {
    labelIds: [...labelIds],
    exactSpan: labelRecord(labelIds, zero),
    overlap: labelRecord(labelIds, zero),
    charKappa: { positions: 0, perLabel: labelRecord(labelIds, () => ({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })) },
  };
}

/**
 * Sums the counts of several documents (same label set, else it throws): span counts add up
 * and kappa tables pool their positions, which is how issue 7 defines corpus agreement.
 */
export function sumAgreementCounts(labelIds: readonly string[], parts: readonly AgreementCounts[]): AgreementCounts {
  const same = (ids: readonly string[]): boolean => ids.length === labelIds.length && ids.every((id, i) => id === labelIds[i]);
  for (const part of parts) {
    if (!same(part.labelIds)) throw new Error(`label sets differ: ${JSON.stringify(part.labelIds)} vs ${JSON.stringify(labelIds)}`);
  }
  return parts.reduce<AgreementCounts>((sum, part) => ({
    labelIds: sum.labelIds,
    exactSpan: labelRecord(labelIds, (id) => addSpanCounts(labelEntry(sum.exactSpan, id), labelEntry(part.exactSpan, id))),
    overlap: labelRecord(labelIds, (id) => addSpanCounts(labelEntry(sum.overlap, id), labelEntry(part.overlap, id))),
    charKappa: {
      positions: sum.charKappa.positions + part.charKappa.positions,
      perLabel: labelRecord(labelIds, (id) => addCells(labelEntry(sum.charKappa.perLabel, id), labelEntry(part.charKappa.perLabel, id))),
    },
  }), emptyAgreementCounts(labelIds));
}
